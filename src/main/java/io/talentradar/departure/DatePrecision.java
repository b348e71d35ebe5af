package io.talentradar.departure;

/** How precisely a departure's date is known; MONTH and YEAR dates are stored as the first day. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
