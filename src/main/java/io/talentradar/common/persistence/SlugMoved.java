package io.talentradar.common.persistence;

/**
 * A lab's or researcher's slug now leads elsewhere (a rename or a merge), fired in the writing transaction:
 * what stores slugs of its own (watchlists) follows it there.
 */
public record SlugMoved(String type, String from, String to) {}
