package io.talentradar.researcher;

/** What a stint is: the researcher's main affiliation, or a role beside it. */
public enum StintKind {
    /** The one main affiliation at a time: departures end and open these, and the indices weigh them. */
    PRIMARY,
    /** Adjunct professor, advisor, visiting researcher: any number, may overlap; no weight in any index. */
    SECONDARY
}
