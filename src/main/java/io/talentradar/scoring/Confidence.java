package io.talentradar.scoring;

public enum Confidence {
    CONFIRMED,
    REPORTED,
    RUMORED
}
