package io.talentradar.departure;

import io.talentradar.common.persistence.StringListConverter;
import io.talentradar.common.persistence.VersionedEntity;
import io.talentradar.lab.Lab;
import io.talentradar.researcher.Affiliation;
import io.talentradar.researcher.Researcher;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
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

@Entity
@Table(name = "departure")
public class Departure extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "researcher_id", nullable = false)
    public Researcher researcher;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_lab_id", nullable = false)
    public Lab fromLab;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_lab_id")
    public Lab toLab;

    @Column(name = "departure_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 16)
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination_type", nullable = false, length = 32)
    public DestinationType destinationType;

    @Column(length = 1000)
    public String reason;

    /** The tenure a report stated; used when the ended stint's start is not known. */
    @Column(name = "stated_tenure_years")
    public Double statedTenureYears;

    /** Derived: from the ended stint's start when known, else the stated tenure. */
    @Column(name = "tenure_years")
    public Double tenureYears;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Confidence confidence;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10020)
    public List<String> sources = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ended_stint_id", nullable = false)
    public Affiliation endedStint;

    @Column(name = "ended_stint_prior_end")
    public LocalDate endedStintPriorEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opened_stint_id")
    public Affiliation openedStint;
}
