package io.talentradar.common.error;

import java.util.List;

/**
 * A failure the client can act on. Services throw it; {@link ProblemMappers} turns it into problem+json.
 * The factories name the few kinds the API uses, so every type URI is defined in one place.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String resource, String id) {
        ProblemException e = new ProblemException(
                404,
                "/problems/" + resource + "-not-found",
                capitalize(resource) + " not found",
                "No " + resource + " with id '" + id + "'.",
                null);
        e.missing = new Missing(resource, id);
        return e;
    }

    /** What a 404 did not find: a lab or researcher under a renamed slug is redirected instead. */
    public record Missing(String resource, String id) {}

    private Missing missing;

    public Missing missing() {
        return missing;
    }

    public static ProblemException conflict(String kind, String detail) {
        return new ProblemException(409, "/problems/" + kind, "Conflict", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                400,
                "/problems/invalid-request",
                "Invalid request",
                "The request has invalid input; see errors.",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "/problems/precondition-failed", "Precondition failed", detail, null);
    }

    private static String capitalize(String resource) {
        return Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
