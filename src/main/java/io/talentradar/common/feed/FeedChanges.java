package io.talentradar.common.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentradar.common.persistence.SetReads;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What the changes feed says changed between two positions, for the in-memory views that bring themselves up to
 * date from it (the scoring snapshot, the search index) instead of reading everything again.
 */
public final class FeedChanges {

    private FeedChanges() {}

    /** The data version, the feed's head and the newest purged position, read together. */
    public record Position(long dataVersion, long feedSeq, long purgedThrough) {}

    /**
     * The slugs the entries name: researchers (an entry's slug, the before and after {@code slug} of researcher
     * entries, the {@code researcherSlug} of stints and departures; a merge names both) and labs.
     */
    public record Touched(Set<String> researchers, Set<String> labs, int entries) {}

    public static Position position(Connection c) throws SQLException {
        try (ResultSet rs = SetReads.query(
                c,
                "select d.version, f.seq, f.purged_through from data_version d, feed_sequence f"
                        + " where d.id = 1 and f.id = 1")) {
            rs.next();
            return new Position(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** The entries in (after, head]; null when there are more than {@code max} (reading everything is as quick). */
    public static Touched touched(Connection c, ObjectMapper json, long after, long head, int max) throws SQLException {
        Set<String> researchers = new HashSet<>();
        Set<String> labs = new HashSet<>();
        int entries = 0;
        try (PreparedStatement st = c.prepareStatement("select type, slug, before_json, after_json from change_event"
                + " where seq > ? and seq <= ? and type in ('lab', 'researcher', 'affiliation', 'departure')")) {
            st.setLong(1, after);
            st.setLong(2, head);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (++entries > max) {
                        return null;
                    }
                    String type = rs.getString(1);
                    Set<String> named = type.equals("lab") ? labs : researchers;
                    String field = type.equals("lab") || type.equals("researcher") ? "slug" : "researcherSlug";
                    if (type.equals("lab") || type.equals("researcher")) {
                        named.add(rs.getString(2));
                    }
                    named.add(field(json, rs.getString(3), field));
                    named.add(field(json, rs.getString(4), field));
                }
            }
        }
        researchers.remove(null);
        labs.remove(null);
        return new Touched(researchers, labs, entries);
    }

    /** A field of an entry's JSON payload, or null. */
    private static String field(ObjectMapper json, String payload, String name) {
        if (payload == null) {
            return null;
        }
        try {
            var value = json.readTree(payload).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable feed entry", e);
        }
    }
}
