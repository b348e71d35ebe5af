package io.talentradar.scoring;

/** The indices a contribution adds to, in the order explanations list them. */
public enum IndexName {
    TCI,
    SLI,
    SGI
}
