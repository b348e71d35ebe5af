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
