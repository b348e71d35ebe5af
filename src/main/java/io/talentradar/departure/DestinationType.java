package io.talentradar.departure;

public enum DestinationType {
    COMPETITOR, BIG_TECH, FOUNDED_STARTUP, ACADEMIA, UNDISCLOSED, OTHER
}
