package io.talentradar.lab;

import io.talentradar.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "lab")
public class Lab extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public LabType type;

    @Column(length = 2)
    public String country;

    @Column(name = "founded_year")
    public Integer foundedYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Lab parent;

    @Column(length = 500)
    public String website;

    /** The Research Organization Registry id (0 and eight more characters); one lab holds it at most. */
    @Column(length = 9, unique = true)
    public String ror;

    /** The OpenAlex institution id (I and digits). */
    @Column(length = 20, unique = true)
    public String openalex;
}
