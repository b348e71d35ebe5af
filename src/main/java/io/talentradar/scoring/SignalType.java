package io.talentradar.scoring;

/** What a signal is; for now the model raises one kind. */
public enum SignalType {
    SENIOR_EXODUS
}
