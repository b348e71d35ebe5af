package io.talentradar.researcher;

import io.talentradar.common.persistence.StringListConverter;
import io.talentradar.common.persistence.VersionedEntity;
import io.talentradar.lab.Lab;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stint of a researcher at a lab, the interval [start, end): start null = not known, end null = still there. */
@Entity
@Table(name = "affiliation")
public class Affiliation extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "researcher_id", nullable = false)
    public Researcher researcher;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id", nullable = false)
    public Lab lab;

    @Column(name = "start_date")
    public LocalDate start;

    @Column(name = "end_date")
    public LocalDate end;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10020)
    public List<String> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public StintKind kind = StintKind.PRIMARY;

    /** A title (e.g. "Adjunct Professor"), or null. */
    @Column(name = "stint_role", length = 200)
    public String role;

    public boolean isPrimary() {
        return kind == StintKind.PRIMARY;
    }

    /** Whether the researcher is affiliated on {@code date}: start <= date and (no end or end > date). */
    public boolean covers(LocalDate date) {
        return (start == null || !start.isAfter(date)) && (end == null || end.isAfter(date));
    }

    /** Whether the two half-open intervals share a day; an unknown start reaches back indefinitely. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = otherEnd == null || start == null || start.isBefore(otherEnd);
        boolean otherStartsBeforeThisEnds = end == null || otherStart == null || otherStart.isBefore(end);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
