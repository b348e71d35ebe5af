package io.talentradar.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A snapshot with changes applied ({@link Snapshot#with}) equals one built whole from the rows as they are
 * after the changes, for random fields and random edits: researchers changed, removed, added at the end and in
 * gaps of the ids; labs added, re-parented and removed; departures on shared dates (ties broken by id).
 */
class SnapshotWithPropertiesTest {

    private static final String[] AREAS = {"reasoning", "pretraining", "alignment", "product"};
    private static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);
    private final TalentIndexCalculator calculator = new TalentIndexCalculator(ScoringModel.defaults());

    record Lab(long id, String slug, Long parent) {}

    record Stint(long lab, LocalDate start, LocalDate end) {}

    record Move(long id, long from, Long to, LocalDate date, Double tenure, DestinationType type, Confidence c) {}

    record Person(
            long id,
            String slug,
            Seniority seniority,
            int notable,
            List<String> areas,
            List<Stint> stints,
            List<Move> moves) {}

    /** All rows of a field, by database id. */
    static final class Rows {
        final TreeMap<Long, Lab> labs = new TreeMap<>();
        final TreeMap<Long, Person> people = new TreeMap<>();

        Rows copy() {
            Rows copy = new Rows();
            copy.labs.putAll(labs);
            copy.people.putAll(people);
            return copy;
        }

        Snapshot build() {
            Snapshot.Builder b = new Snapshot.Builder();
            labs.values().forEach(l -> b.lab(l.id(), l.slug(), l.parent()));
            people.values().forEach(p -> {
                b.researcher(p.id(), p.slug(), p.seniority(), p.notable());
                p.areas().forEach(area -> b.expertise(p.id(), area));
            });
            people.values().forEach(p -> add(p, b));
            return b.build();
        }

        static void add(Person p, Snapshot.Rows rows) {
            p.stints().forEach(s -> rows.stint(p.id(), s.lab(), s.start(), s.end()));
            p.moves()
                    .forEach(m ->
                            rows.departure(m.id(), p.id(), m.from(), m.to(), m.date(), m.tenure(), m.type(), m.c()));
        }

        Set<Long> usedLabs() {
            Set<Long> used = new TreeSet<>();
            labs.values().stream().filter(l -> l.parent() != null).forEach(l -> used.add(l.parent()));
            people.values().forEach(p -> {
                p.stints().forEach(s -> used.add(s.lab()));
                p.moves().forEach(m -> {
                    used.add(m.from());
                    if (m.to() != null) {
                        used.add(m.to());
                    }
                });
            });
            return used;
        }
    }

    @Property(tries = 300, seed = ScoringPropertiesTest.SEED)
    void applyingChangesEqualsBuildingFromTheRowsAfterThem(@ForAll long seed) {
        Random random = new Random(seed);
        Rows before = new Rows();
        long[] nextMove = {1};
        int labs = 2 + random.nextInt(6);
        for (long id = 1; id <= labs; id++) {
            before.labs.put(id, new Lab(id, "lab-" + id, id > 1 && random.nextInt(3) == 0 ? id - 1 : null));
        }
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            long id = 10L * (i + 1); // gaps, so later researchers can be added between
            before.people.put(id, person(random, id, before, nextMove));
        }
        Snapshot old = before.build();
        if (random.nextBoolean()) { // derived weights exist, and may be carried over
            calculator.rank(old, query(random));
        }

        Rows after = before.copy();
        Snapshot.Changes changes = new Snapshot.Changes();
        boolean labsChanged = false;
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            List<Long> ids = new ArrayList<>(after.people.keySet());
            switch (random.nextInt(6)) {
                case 0 -> { // a researcher's rows change
                    if (!ids.isEmpty()) {
                        long id = ids.get(random.nextInt(ids.size()));
                        after.people.put(id, person(random, id, after, nextMove));
                        changes.replace(id);
                    }
                }
                case 1 -> { // a researcher is removed
                    if (!ids.isEmpty()) {
                        long id = ids.get(random.nextInt(ids.size()));
                        after.people.remove(id);
                        changes.replace(id);
                    }
                }
                case 2 -> { // a researcher added at the end or in a gap of the ids
                    long id = random.nextBoolean() ? 1000 + random.nextInt(100) : 1 + random.nextInt(130);
                    if (!after.people.containsKey(id)) {
                        after.people.put(id, person(random, id, after, nextMove));
                        changes.replace(id);
                    }
                }
                case 3 -> { // a lab added
                    long id = after.labs.lastKey() + 1;
                    after.labs.put(id, new Lab(id, "lab-" + id, random.nextBoolean() ? after.labs.firstKey() : null));
                    labsChanged = true;
                }
                case 4 -> { // a lab re-parented (or left alone)
                    Lab lab = after.labs.lastEntry().getValue();
                    Long parent = random.nextBoolean() ? null : after.labs.firstKey();
                    after.labs.put(lab.id(), new Lab(lab.id(), lab.slug(), lab.id() == 1 ? null : parent));
                    labsChanged = true;
                }
                default -> { // a lab nothing refers to removed
                    Set<Long> used = after.usedLabs();
                    var unused = after.labs.keySet().stream()
                            .filter(id -> !used.contains(id))
                            .findFirst();
                    if (unused.isPresent()) {
                        after.labs.remove(unused.get());
                        labsChanged = true;
                    }
                }
            }
        }
        // what a loader reads for the changes: the named researchers' rows as they are now, and all labs
        for (long id : changes.replaced()) {
            Person p = after.people.get(id);
            if (p != null) {
                changes.researcher(id, p.slug(), p.seniority(), p.notable());
                p.areas().forEach(area -> changes.expertise(id, area));
                Rows.add(p, changes);
            }
        }
        Snapshot fresh = after.build();
        if (labsChanged) {
            changes.labsReplaced();
            after.labs.values().forEach(l -> changes.lab(l.id(), l.slug(), l.parent()));
        }
        Snapshot patched = old.with(changes);

        assertEquals(fresh, patched, "seed " + seed);
        IndexQuery q = query(random);
        assertEquals(calculator.rank(fresh, q), calculator.rank(patched, q), "seed " + seed);
    }

    private static Person person(Random random, long id, Rows rows, long[] nextMove) {
        List<Long> labIds = new ArrayList<>(rows.labs.keySet());
        List<String> areas = new ArrayList<>();
        for (int a = random.nextInt(3); a > 0; a--) {
            String area = AREAS[random.nextInt(AREAS.length)];
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        List<Stint> stints = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        long lab = labIds.get(random.nextInt(labIds.size()));
        LocalDate start = random.nextInt(4) == 0 ? null : EPOCH.plusDays(30L * random.nextInt(40));
        LocalDate cursor = start == null ? EPOCH : start;
        for (int m = random.nextInt(4); m > 0; m--) {
            LocalDate date = cursor.plusDays(30L * (1 + random.nextInt(20))); // coarse dates: ties between people
            Long to = random.nextInt(4) == 0 ? null : labIds.get(random.nextInt(labIds.size()));
            if (to != null && to == lab) {
                to = null;
            }
            stints.add(new Stint(lab, start, date));
            moves.add(new Move(
                    nextMove[0]++,
                    lab,
                    to,
                    date,
                    random.nextBoolean() ? null : (double) random.nextInt(10),
                    DestinationType.values()[random.nextInt(DestinationType.values().length)],
                    Confidence.values()[random.nextInt(Confidence.values().length)]));
            if (to == null) {
                return new Person(id, "r-" + id, seniority(random), random.nextInt(4), areas, stints, moves);
            }
            lab = to;
            start = date;
            cursor = date;
        }
        stints.add(new Stint(lab, start, null));
        return new Person(id, "r-" + id, seniority(random), random.nextInt(4), areas, stints, moves);
    }

    private static Seniority seniority(Random random) {
        return Seniority.values()[random.nextInt(Seniority.values().length)];
    }

    private static IndexQuery query(Random random) {
        return new IndexQuery(
                EPOCH.plusDays(30L * random.nextInt(60)),
                365,
                180,
                random.nextBoolean() ? null : AREAS[random.nextInt(AREAS.length)],
                random.nextBoolean(),
                false);
    }
}
