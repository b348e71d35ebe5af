package io.talentradar.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentradar.common.feed.ChangeItem;
import io.talentradar.scoring.Seniority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a feed entry concerns a watchlist. The entry names its researcher and labs; what the entry does
 * not carry (a researcher's seniority and expertise, the labs above a lab) comes from a {@link Lookup} of the
 * current data. Plain Java: no database, so the rules are tested on their own.
 */
public final class WatchMatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The current facts the entry does not carry. */
    public interface Lookup {
        /** The lab and every lab above it. */
        Set<String> labAndAncestors(String lab);

        Optional<Person> researcher(String slug);
    }

    public record Person(Seniority seniority, Set<String> expertise) {}

    /** What a watchlist is matched against: one entry's researcher and labs, and who the researcher is. */
    record Subject(String researcher, Set<String> labs, Seniority seniority, Set<String> expertise, Long watchlistId) {}

    private WatchMatcher() {}

    /** The watchlist event an entry is: {@code departure.created}, {@code signal.senior_exodus}, ... */
    public static String event(ChangeItem item) {
        if (item.type().equals("signal")) {
            return item.action().equals("CROSSED") ? "index.threshold" : "signal.senior_exodus";
        }
        return item.event();
    }

    public static boolean matches(WatchlistDtos.WatchlistDto w, ChangeItem item, Lookup lookup) {
        String event = event(item);
        if (!w.events().contains(event)) {
            return false;
        }
        Subject s = subject(item, lookup);
        if (s.watchlistId() != null) {
            return s.watchlistId() == w.id(); // a threshold signal is for the watchlist that set it
        }
        if (w.minSeniority() != null
                && s.researcher() != null
                && (s.seniority() == null || s.seniority().compareTo(w.minSeniority()) < 0)) {
            return false;
        }
        boolean anything =
                w.labs().isEmpty() && w.researchers().isEmpty() && w.expertise().isEmpty();
        if (anything) {
            return true;
        }
        if (s.researcher() != null && w.researchers().contains(s.researcher())) {
            return true;
        }
        for (String lab : s.labs()) {
            for (String above : lookup.labAndAncestors(lab)) {
                if (w.labs().contains(above)) {
                    return true;
                }
            }
        }
        return s.expertise().stream().anyMatch(w.expertise()::contains);
    }

    static Subject subject(ChangeItem item, Lookup lookup) {
        JsonNode state = parse(item.after() != null ? item.after() : item.before());
        Set<String> labs = new HashSet<>();
        String researcher = null;
        Long watchlistId = null;
        switch (item.type()) {
            case "departure" -> {
                researcher = text(state, "researcherSlug");
                addIfPresent(labs, text(state, "fromLabSlug"));
                addIfPresent(labs, text(state, "toLabSlug"));
            }
            case "researcher" -> {
                researcher = item.slug();
                addIfPresent(labs, text(state, "currentLabSlug"));
            }
            case "affiliation" -> {
                researcher = text(state, "researcherSlug");
                addIfPresent(labs, text(state, "labSlug"));
            }
            case "lab" -> labs.add(item.slug());
            case "signal" -> {
                addIfPresent(labs, item.slug());
                if (state != null && state.hasNonNull("watchlistId")) {
                    watchlistId = state.get("watchlistId").asLong();
                }
            }
            default -> {}
        }
        Seniority seniority = null;
        Set<String> expertise = Set.of();
        if (item.type().equals("researcher") && state != null) {
            seniority = state.hasNonNull("seniority")
                    ? Seniority.valueOf(state.get("seniority").asText())
                    : null;
            Set<String> areas = new HashSet<>();
            state.path("expertise").forEach(a -> areas.add(a.asText()));
            expertise = areas;
        } else if (researcher != null) {
            Optional<Person> person = lookup.researcher(researcher);
            if (person.isPresent()) {
                seniority = person.get().seniority();
                expertise = person.get().expertise();
            }
        }
        return new Subject(researcher, labs, seniority, expertise, watchlistId);
    }

    private static void addIfPresent(Set<String> labs, String lab) {
        if (lab != null) {
            labs.add(lab);
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
    }

    private static JsonNode parse(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
