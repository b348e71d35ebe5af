package io.talentradar.researcher;

import io.talentradar.common.persistence.StringListConverter;
import io.talentradar.common.persistence.VersionedEntity;
import io.talentradar.scoring.Seniority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "researcher")
public class Researcher extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Seniority seniority;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 200) // a page's researchers: one query for all their areas
    @CollectionTable(name = "researcher_expertise", joinColumns = @JoinColumn(name = "researcher_id"))
    @Column(name = "area", nullable = false, length = 64)
    public Set<String> expertise = new LinkedHashSet<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "notable_work", nullable = false, length = 15050)
    public List<String> notableWork = new ArrayList<>();

    /** Other spellings and names (transliterations, maiden names); the name filter matches them. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 4050)
    public List<String> aliases = new ArrayList<>();

    /** The same column as text, read-only: what the name filter searches. */
    @Column(name = "aliases", insertable = false, updatable = false)
    String aliasesText;

    // the ids other sources know the person by; each is held by one researcher at most
    @Column(length = 19, unique = true)
    public String orcid;

    @Column(length = 20, unique = true)
    public String openalex;

    @Column(length = 12, unique = true)
    public String scholar;

    @Column(length = 200, unique = true)
    public String dblp;

    @Column(length = 500, unique = true)
    public String homepage;

    @Column(name = "x_handle", length = 15, unique = true)
    public String x;
}
