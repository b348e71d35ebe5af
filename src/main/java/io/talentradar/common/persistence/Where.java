package io.talentradar.common.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A query's optional filters: each clause joins (with AND) only when its value is given. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} with the named parameter bound to {@code value}, unless the value is null. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    /**
     * {@code property} contains {@code text}, ignoring case the same way on every database and in every JVM
     * locale (ILIKE compares characters, not a locale's lower case), with {@code %} and {@code _} taken literally.
     */
    public Where contains(String property, String name, String text) {
        return containsAny(List.of(property), name, text);
    }

    /** Any of the {@code properties} contains {@code text}, as {@link #contains}. */
    public Where containsAny(List<String> properties, String name, String text) {
        if (text == null) {
            return this;
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String clause = properties.stream()
                .map(p -> p + " ilike :" + name + " escape '\\'")
                .collect(java.util.stream.Collectors.joining(" or ", "(", ")"));
        return and(clause, name, "%" + escaped + "%");
    }

    /** Binds a further parameter that a clause already added refers to. */
    public Where bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** {@code from} followed by the clauses, if any. */
    public String query(String from) {
        return clauses.isEmpty() ? from : from + " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
