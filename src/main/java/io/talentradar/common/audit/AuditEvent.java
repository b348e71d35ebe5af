package io.talentradar.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    /** The key itself ("key-17", "bootstrap"; null for the system): names are not unique. */
    @Column(name = "actor_key", length = 32)
    public String actorKey;

    @Column(nullable = false, length = 16)
    public String action;

    @Column(name = "resource_type", nullable = false, length = 32)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    public String resourceId;

    /** JSON: the stored representation after the write ({@code after}) and before it ({@code before}). */
    @Column(nullable = false, length = 32000)
    public String changes;
}
