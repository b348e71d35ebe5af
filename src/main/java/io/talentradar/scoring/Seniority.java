package io.talentradar.scoring;

/** Ordered from junior to senior; {@code minSeniority} filters compare by this order. */
public enum Seniority {
    IC,
    LEAD,
    EXECUTIVE,
    FOUNDER
}
