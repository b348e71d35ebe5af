package io.talentradar.scoring;

import java.time.LocalDate;

/** A departure that has not happened: the origin is wherever the researcher is on the date. */
public record HypotheticalDeparture(
        String researcher, String toLab, DestinationType destinationType, LocalDate date, Confidence confidence) {}
