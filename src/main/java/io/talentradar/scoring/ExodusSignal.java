package io.talentradar.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A SENIOR_EXODUS: at least N departures of senior researchers from one lab within a span of D days.
 * Overlapping spans are merged into one episode from its first to its last departure. Severity is the
 * sum of the departures' loss as of the episode's end.
 */
public record ExodusSignal(
        SignalType type,
        String lab,
        LocalDate start,
        LocalDate end,
        int count,
        double severity,
        List<String> researchers) {}
