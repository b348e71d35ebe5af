package io.talentradar.scoring;

/** Moves from one lab to another in the window; {@code to} is null for undisclosed destinations. */
public record FlowEdge(String from, String to, int count, double mass) {}
