package io.talentradar.common.web;

import io.talentradar.common.error.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query parameters are taken as strings and parsed here, so a bad value is a 400 naming the parameter
 * (JAX-RS would answer a failed conversion of a query parameter with a bare 404).
 */
public final class Params {

    private Params() {}

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    public static String slug(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!Slugs.isValid(raw)) {
            throw ProblemException.invalid(name, Slugs.MESSAGE);
        }
        return raw;
    }

    /** An expertise area: lowercase letters, digits and '-', as researchers carry them. */
    public static final String AREA_REGEX = "^[a-z][a-z0-9-]{1,63}$";

    public static final String AREA_MESSAGE = "must be a lowercase area name such as 'alignment'";

    public static String area(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.matches(AREA_REGEX)) {
            throw ProblemException.invalid(name, AREA_MESSAGE);
        }
        return raw;
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw ProblemException.invalid(name, "must be at most " + maxLength + " characters");
        }
        if (raw.indexOf('\0') >= 0) {
            throw ProblemException.invalid(name, "must not contain the NUL character");
        }
        return raw.trim();
    }

    /** An ISO 3166-1 alpha-2 country code (either case), null when absent; else a 400 naming the parameter. */
    public static String country(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim();
        if (!code.matches(COUNTRY_REGEX)) {
            throw ProblemException.invalid(name, "must be an ISO 3166-1 alpha-2 code such as US");
        }
        return code;
    }

    public static final String COUNTRY_REGEX = "^[A-Za-z]{2}$";

    /** An integer parameter from {@code min} to {@code max}, {@code fallback} when absent; else a 400 naming it. */
    public static long integer(String name, String raw, long fallback, long min, long max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.invalid(
                name, "must be an integer from " + min + (max == Long.MAX_VALUE ? "" : " to " + max));
    }

    /** A flag: true or false; absent or empty is false. */
    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static long id(String name, String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a positive integer id");
    }
}
