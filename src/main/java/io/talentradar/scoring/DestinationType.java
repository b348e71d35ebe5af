package io.talentradar.scoring;

public enum DestinationType {
    COMPETITOR,
    BIG_TECH,
    FOUNDED_STARTUP,
    ACADEMIA,
    UNDISCLOSED,
    OTHER
}
