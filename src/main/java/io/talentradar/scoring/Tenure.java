package io.talentradar.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Tenure in years, as the model counts it: whole calendar days over 365.25. */
public final class Tenure {

    public static final double DAYS_PER_YEAR = 365.25;

    private Tenure() {}

    public static double years(long days) {
        return days / DAYS_PER_YEAR;
    }

    public static double years(LocalDate start, LocalDate end) {
        return years(ChronoUnit.DAYS.between(start, end));
    }
}
