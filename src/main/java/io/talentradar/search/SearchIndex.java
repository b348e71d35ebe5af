package io.talentradar.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Labs and researchers by every word of their names, aliases, slugs, external ids, notable work and expertise,
 * accent- and case-free. A query's words must each match a word of one entry: exactly, as its beginning, or
 * (in names, aliases and slugs, words of four letters or more) within one typo. Ranked: the whole query equal
 * to a name, alias, slug or id first, then entries whose every word matched exactly or as a beginning, then
 * those that needed a typo. Not thread-safe: {@link SearchService} guards it.
 */
final class SearchIndex {

    enum Kind {
        NAME,
        ALIAS,
        SLUG,
        EXTERNAL_ID,
        NOTABLE_WORK,
        EXPERTISE;

        /** What names the entry itself (typos are forgiven here, and an exact match ranks first). */
        boolean identity() {
            return ordinal() <= EXTERNAL_ID.ordinal();
        }
    }

    /** One searchable text of an entry; {@code label} says which (name, alias, orcid, notableWork...). */
    record Field(Kind kind, String label, String text) {}

    /** A lab or a researcher as it is found; {@code labId} is a researcher's current (PRIMARY) lab. */
    record Entry(String type, long id, String slug, String name, Long labId, List<Field> fields) {}

    enum Match {
        EXACT,
        PREFIX,
        FUZZY
    }

    record Hit(Entry entry, Match match, Field field) {}

    private static final int FIELD_BITS = 7; // up to 128 fields an entry (a researcher has at most about 100)
    private static final int MAX_PREFIX_WORDS = 2_000;
    private static final int MIN_FUZZY_LENGTH = 4;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> live = new HashMap<>();
    private final Map<String, Ints> postings = new HashMap<>();
    private final TreeSet<String> vocabulary = new TreeSet<>(); // the same words, in order: for prefixes
    private final Map<String, Ints> whole = new HashMap<>();
    private final Map<Integer, List<String>> identityWordsByLength = new HashMap<>();
    private final Set<String> identityWords = new HashSet<>();
    private final Map<Long, String> labSlugs = new HashMap<>();
    private int dead;

    int size() {
        return live.size();
    }

    /** Entries replaced or removed since the index was built; rebuilding pays when they are many. */
    int dead() {
        return dead;
    }

    String labSlug(Long labId) {
        return labId == null ? null : labSlugs.get(labId);
    }

    void remove(String type, String slug) {
        Integer index = live.remove(type + ":" + slug);
        if (index != null) {
            Entry gone = entries.get(index);
            if (gone.type().equals("lab")) {
                labSlugs.remove(gone.id());
            }
            entries.set(index, null);
            dead++;
        }
    }

    void put(Entry entry) {
        remove(entry.type(), entry.slug());
        int index = entries.size();
        entries.add(entry);
        live.put(entry.type() + ":" + entry.slug(), index);
        if (entry.type().equals("lab")) {
            labSlugs.put(entry.id(), entry.slug());
        }
        for (int f = 0; f < entry.fields().size() && f < (1 << FIELD_BITS); f++) {
            Field field = entry.fields().get(f);
            String text = Text.normalize(field.text());
            if (text.isEmpty()) {
                continue;
            }
            int posting = (index << FIELD_BITS) | f;
            if (field.kind().identity()) {
                whole.computeIfAbsent(text, t -> new Ints()).add(posting);
            }
            String[] split = text.split(" ");
            for (int w = 0; w < split.length; w++) {
                String word = split[w];
                if (Arrays.asList(split).subList(0, w).contains(word)) {
                    continue; // a word twice in one field is one posting
                }
                Ints list = postings.get(word);
                if (list == null) {
                    list = new Ints();
                    postings.put(word, list);
                    vocabulary.add(word);
                }
                list.add(posting);
                if (field.kind().identity()
                        && word.length() >= MIN_FUZZY_LENGTH - 1
                        && !Character.isDigit(word.charAt(0)) // a typo in a number is another number
                        && identityWords.add(word)) {
                    identityWordsByLength
                            .computeIfAbsent(word.length(), n -> new ArrayList<>())
                            .add(word);
                }
            }
        }
    }

    /** A growable list of postings (entry index and field, packed in an int). */
    private static final class Ints {
        private int[] values = new int[2];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** The best {@code limit} entries of the given types ("lab", "researcher") for {@code query}. */
    List<Hit> search(String query, Set<String> types, int limit) {
        String q = Text.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split(" ");
        // per entry: the weakest of its words' best matches (tier * 128 + preference), and that match's field
        Map<Integer, long[]> found = null;
        for (String word : words) {
            Map<Integer, long[]> forWord = new HashMap<>();
            collect(forWord, postings.get(word), 3);
            if (word.length() >= 2) {
                int seen = 0;
                for (String longer : vocabulary.subSet(word, false, word + Character.MAX_VALUE, false)) {
                    if (++seen > MAX_PREFIX_WORDS) {
                        break;
                    }
                    collect(forWord, postings.get(longer), 2);
                }
            }
            if (word.length() >= MIN_FUZZY_LENGTH) {
                for (int length = word.length() - 1; length <= word.length() + 1; length++) {
                    for (String candidate : identityWordsByLength.getOrDefault(length, List.of())) {
                        if (!candidate.equals(word) && Text.withinOneEdit(word, candidate)) {
                            collect(forWord, postings.get(candidate), 1);
                        }
                    }
                }
            }
            if (found == null) {
                found = forWord;
            } else {
                Map<Integer, long[]> both = new HashMap<>();
                for (var e : found.entrySet()) {
                    long[] other = forWord.get(e.getKey());
                    if (other != null) {
                        both.put(e.getKey(), other[0] < e.getValue()[0] ? other : e.getValue());
                    }
                }
                found = both;
            }
        }
        Map<Integer, Integer> exact = new HashMap<>();
        Ints equal = whole.get(q);
        for (int i = 0; equal != null && i < equal.size; i++) {
            int posting = equal.values[i];
            exact.merge(posting >>> FIELD_BITS, posting & ((1 << FIELD_BITS) - 1), Math::min);
        }
        List<Hit> hits = new ArrayList<>();
        Map<Hit, long[]> rank = new HashMap<>();
        for (int index : union(found.keySet(), exact.keySet())) {
            Entry entry = entries.get(index);
            if (entry == null || !types.contains(entry.type())) {
                continue;
            }
            Integer exactField = exact.get(index);
            long[] best = found.get(index);
            Hit hit;
            long score;
            if (exactField != null) {
                hit = new Hit(entry, Match.EXACT, entry.fields().get(exactField));
                score = 4L * 128 + (127 - entry.fields().get(exactField).kind().ordinal());
            } else {
                int tier = (int) (best[0] / 128);
                hit = new Hit(
                        entry,
                        tier == 1 ? Match.FUZZY : Match.PREFIX,
                        entry.fields().get((int) best[1]));
                score = best[0];
            }
            hits.add(hit);
            rank.put(hit, new long[] {score});
        }
        hits.sort(Comparator.<Hit>comparingLong(h -> -rank.get(h)[0])
                .thenComparingInt(h -> h.entry().name().length())
                .thenComparing(h -> h.entry().slug())
                .thenComparing(h -> h.entry().type()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Keeps, per entry, the best match of this word: higher tier, then the more telling field kind. */
    private void collect(Map<Integer, long[]> forWord, Ints list, int tier) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size; i++) {
            int posting = list.values[i];
            int index = posting >>> FIELD_BITS;
            Entry entry = entries.get(index);
            if (entry == null) {
                continue;
            }
            int field = posting & ((1 << FIELD_BITS) - 1);
            Kind kind = entry.fields().get(field).kind();
            if (tier == 1 && !kind.identity()) {
                continue; // typos are forgiven in names only
            }
            long value = tier * 128L + (127 - kind.ordinal());
            long[] current = forWord.get(index);
            if (current == null || current[0] < value) {
                forWord.put(index, new long[] {value, field});
            }
        }
    }
}
