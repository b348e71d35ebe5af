package io.talentradar.watch;

import io.talentradar.common.persistence.StringListConverter;
import io.talentradar.common.persistence.VersionedEntity;
import io.talentradar.scoring.Seniority;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "watchlist")
public class Watchlist extends VersionedEntity {

    /** The API key that owns it ("key-17", "bootstrap"). */
    @Column(name = "owner_key", nullable = false, length = 32)
    public String ownerKey;

    @Column(nullable = false, length = 200)
    public String name;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 8000)
    public List<String> labs = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 8000)
    public List<String> researchers = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 8000)
    public List<String> expertise = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "min_seniority", length = 32)
    public Seniority minSeniority;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 1000)
    public List<String> events = new ArrayList<>();

    /** JSON: the thresholds, as the API writes them. */
    @Column(nullable = false, length = 20000)
    public String thresholds;
}
