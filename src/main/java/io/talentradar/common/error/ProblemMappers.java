package io.talentradar.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * The one place where failures become {@code application/problem+json}. No message of an unexpected
 * exception reaches the client: only our own texts, field paths and allowed values.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response moved = movedFrom(e.missing(), uri);
        return moved != null ? moved : respond(e.toProblem(path(uri)));
    }

    /**
     * A lab or researcher asked for under a slug it had before a rename: 308 to the same path (and query) under
     * its slug now, for reads and writes alike, so a write is never applied under an old name unseen.
     */
    private static Response movedFrom(ProblemException.Missing missing, UriInfo uri) {
        if (missing == null
                || !(missing.resource().equals("lab") || missing.resource().equals("researcher"))) {
            return null;
        }
        String collection = "/" + missing.resource() + "s/";
        String path = uri.getRequestUri().getRawPath();
        int at = path.indexOf(collection + missing.id());
        int end = at + collection.length() + missing.id().length();
        if (at < 0 || (end < path.length() && path.charAt(end) != '/')) {
            return null;
        }
        return io.quarkus.arc.Arc.container()
                .instance(MovedResources.class)
                .get()
                .target(missing.resource(), missing.id())
                .map(slug -> Response.status(308)
                        .location(uri.getRequestUriBuilder()
                                .replacePath(path.substring(0, at + collection.length()) + slug + path.substring(end))
                                .build())
                        .build())
                .orElse(null);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return respond(new Problem(
                "/problems/invalid-request",
                "Invalid request",
                400,
                "The request has invalid input; see errors.",
                path(uri),
                fieldErrors(e)));
    }

    /** One error per violated constraint, by field, as every answer and the import's report give them. */
    public static List<Problem.FieldError> fieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(new Problem(
                "/problems/malformed-json",
                "Malformed JSON",
                400,
                "The request body is not well-formed JSON (line "
                        + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ").",
                path(uri),
                List.of()));
    }

    /** A multipart body that is not well-formed (no headers in a part, a broken boundary). */
    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e, UriInfo uri) {
        return respond(new Problem(
                "/problems/malformed-multipart",
                "Malformed multipart body",
                400,
                "The request body is not a well-formed multipart/form-data message; send each file as a part "
                        + "with a Content-Disposition header.",
                path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidBody(
                uri,
                jsonPath(e),
                "unknown field; allowed: "
                        + e.getKnownPropertyIds().stream()
                                .map(Object::toString)
                                .sorted()
                                .collect(Collectors.joining(", ")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message;
        if (target != null && target.isEnum()) {
            message = "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        } else {
            message = "must be " + describe(target);
        }
        return invalidBody(uri, jsonPath(e), message);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(new Problem(
                    "/problems/malformed-json",
                    "Malformed JSON",
                    400,
                    "The request body must be a JSON object.",
                    path(uri),
                    List.of()));
        }
        return invalidBody(uri, field, "must be " + describe(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(new Problem(
                    "/problems/malformed-json",
                    "Malformed JSON",
                    400,
                    "The request body could not be read as the expected JSON object.",
                    path(uri),
                    List.of()));
        }
        return invalidBody(uri, field, "has an invalid value");
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return concurrentChange(uri, headers);
    }

    @ServerExceptionMapper
    public Response vanished(jakarta.persistence.EntityNotFoundException e, UriInfo uri, HttpHeaders headers) {
        // deleted by a concurrent writer between our read and our lock
        return concurrentChange(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return concurrentChange(uri, headers);
    }

    @ServerExceptionMapper
    public Response lockTimeout(jakarta.persistence.PessimisticLockException e, UriInfo uri) {
        return busy(uri);
    }

    @ServerExceptionMapper
    public Response lockTimeout(jakarta.persistence.LockTimeoutException e, UriInfo uri) {
        return busy(uri);
    }

    @ServerExceptionMapper
    public Response lockTimeout(org.hibernate.exception.LockAcquisitionException e, UriInfo uri) {
        return busy(uri);
    }

    /** Too many writers waited on one record for too long: nothing was written, the client may retry. */
    private Response busy(UriInfo uri) {
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", "1")
                .entity(new Problem(
                        "/problems/busy",
                        "Service busy",
                        503,
                        "The record is being changed by other requests; nothing was written, retry shortly.",
                        path(uri),
                        List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response integrity(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        // A race lost against a concurrent writer (a unique slug, a reference); the service checks first.
        LOG.debugf("Integrity constraint %s violated", e.getConstraintName());
        return respond(new Problem(
                "/problems/conflict",
                "Conflict",
                409,
                "The request conflicts with the stored data (it was changed concurrently); retry.",
                path(uri),
                List.of()));
    }

    /** A value the database cannot store (PostgreSQL refuses the NUL character in text): the client's input. */
    @ServerExceptionMapper
    public Response data(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.debugf("Data exception: %s", e.getMessage());
        return respond(new Problem(
                "/problems/invalid-request",
                "Invalid request",
                400,
                "The request holds a value the database cannot store, such as the NUL character.",
                path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException || cause instanceof JsonParseException) {
            return mapJson(cause, uri);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "Unsupported content type; send application/json.";
            default -> title + ".";
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "/problems/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                        title,
                        status,
                        detail,
                        path(uri),
                        List.of()));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthorizedProblem(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedProblem(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                "/problems/forbidden",
                "Forbidden",
                403,
                "This API key's role does not allow this request.",
                path(uri),
                List.of()));
    }

    private Response unauthorizedProblem(UriInfo uri) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer realm=\"talentradar\"")
                .entity(new Problem(
                        "/problems/unauthorized",
                        "Unauthorized",
                        401,
                        "A valid API key is required: send X-API-Key or Authorization: Bearer.",
                        path(uri),
                        List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem(
                "/problems/internal-error",
                "Internal error",
                500,
                "An unexpected error occurred; incident " + incident + ".",
                path(uri),
                List.of()));
    }

    private Response mapJson(Throwable cause, UriInfo uri) {
        if (cause instanceof JsonParseException p) {
            return malformedJson(p, uri);
        } else if (cause instanceof UnrecognizedPropertyException u) {
            return unknownField(u, uri);
        } else if (cause instanceof InvalidFormatException f) {
            return invalidFormat(f, uri);
        } else if (cause instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        return otherJson((JsonMappingException) cause, uri);
    }

    private Response concurrentChange(UriInfo uri, HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return ProblemMappers.respond(
                    ProblemException.preconditionFailed("The resource was changed concurrently; fetch it and retry.")
                            .toProblem(path(uri)));
        }
        return respond(new Problem(
                "/problems/concurrent-change",
                "Conflict",
                409,
                "The resource was changed concurrently; fetch it and retry.",
                path(uri),
                List.of()));
    }

    private Response invalidBody(UriInfo uri, String field, String message) {
        return respond(new Problem(
                "/problems/invalid-request",
                "Invalid request",
                400,
                "The request body has invalid input; see errors.",
                path(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The JSON path of a binding failure, like {@code sources[1]} or {@code affiliation.since}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The field of a violation: the property path below the validated parameter. */
    private static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder out = new StringBuilder();
        boolean belowParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                belowParameter = true;
                continue;
            }
            // An element of a list: its index belongs between the list's name and the element's property.
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        if (out.isEmpty() && !belowParameter) {
            return v.getPropertyPath().toString();
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return "an object";
    }
}
