package io.talentradar.lab;

public enum LabType {
    FRONTIER_LAB,
    BIG_TECH,
    STARTUP,
    ACADEMIA,
    NONPROFIT,
    GOVERNMENT
}
