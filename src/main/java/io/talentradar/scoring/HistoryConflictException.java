package io.talentradar.scoring;

/** A hypothetical fact that contradicts the stored history, such as leaving while affiliated nowhere. */
public class HistoryConflictException extends RuntimeException {

    public HistoryConflictException(String message) {
        super(message);
    }
}
