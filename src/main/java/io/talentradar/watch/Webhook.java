package io.talentradar.watch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_key", nullable = false, length = 32)
    public String ownerKey;

    @Column(nullable = false, length = 2000)
    public String url;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "watchlist_id")
    public Watchlist watchlist;

    @Column(length = 500)
    public String description;

    /** whsec_ + base64 of the key bytes (the Standard Webhooks form). */
    @Column(nullable = false, length = 100)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Since when every attempt has failed; null while the endpoint answers. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "disabled_at")
    public Instant disabledAt;
}
