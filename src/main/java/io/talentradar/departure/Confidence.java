package io.talentradar.departure;

public enum Confidence {
    CONFIRMED, REPORTED, RUMORED
}
