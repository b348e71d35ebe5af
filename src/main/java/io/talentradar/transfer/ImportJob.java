package io.talentradar.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An import run as a job (table import_job); its files are in import_job_file until it ends. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportJobs.State state;

    @Column(name = "partial_rows", nullable = false)
    public boolean partial;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "actor_key", length = 32)
    public String actorKey;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(name = "rows_written", nullable = false)
    public int rowsWritten;

    @Column(name = "rows_rejected", nullable = false)
    public int rowsRejected;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(length = 1_000_000)
    public String report;
}
