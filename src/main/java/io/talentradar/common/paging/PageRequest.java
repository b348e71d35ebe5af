package io.talentradar.common.paging;

import io.quarkus.panache.common.Sort;
import io.talentradar.common.error.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated page, size and sort from the query string. The sort is parsed against the fields a
 * resource allows (API name to entity path), so an unknown field is a 400, never an SQL error.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    private static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(
            String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = parseInt("page", page, 0, 0, MAX_PAGE);
        int s = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(p, s, parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable));
    }

    private static int parseInt(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be an integer from " + min + " to " + max);
    }

    /** One key of a {@code sort} parameter: a field the resource allows, ascending unless '-'. */
    public record SortKey(String field, boolean descending) {}

    /**
     * Parses {@code -date,name} into keys, each checked against the allowed fields: the one grammar of every
     * {@code sort} parameter, whether the rows come from SQL or from memory.
     */
    public static List<SortKey> sortKeys(String raw, Collection<String> allowed) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String field = part.trim();
            if (field.isEmpty() || field.equals("-") || field.equals("+")) {
                throw ProblemException.invalid("sort", "must be field names separated by commas, such as -date,name");
            }
            boolean descending = field.startsWith("-");
            if (descending || field.startsWith("+")) {
                field = field.substring(1);
            }
            if (!allowed.contains(field)) {
                throw ProblemException.invalid(
                        "sort",
                        "unknown sort field '" + abbreviate(field) + "'; allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }

    /** Page and size when the client asks for a page, else empty: every item, as lists of all labs answer. */
    public static Optional<PageRequest> optional(String page, String size) {
        if ((page == null || page.isBlank()) && (size == null || size.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(
                parseInt("page", page, 0, 0, MAX_PAGE), parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE), null));
    }

    private static Sort parseSort(String raw, Map<String, String> sortable) {
        Sort sort = null;
        for (SortKey key : sortKeys(raw, sortable.keySet())) {
            String column = sortable.get(key.field());
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            // Nulls (an unknown start, an undisclosed tenure) sort as the smallest value on every database.
            Sort.NullPrecedence nulls =
                    key.descending() ? Sort.NullPrecedence.NULLS_LAST : Sort.NullPrecedence.NULLS_FIRST;
            sort = sort == null ? Sort.by(column, direction, nulls) : sort.and(column, direction, nulls);
        }
        // A unique last key keeps paging stable when the chosen fields tie ("id", or as the map qualifies it).
        return sort.and(sortable.getOrDefault("id", "id"), Sort.Direction.Ascending);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
