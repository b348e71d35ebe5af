package io.talentradar.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.talentradar.common.Fixtures;
import io.talentradar.common.feed.FollowQuickly;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An instance nobody reads from still brings its scoring snapshot up to date (common.feed.FeedFollower). */
@QuarkusTest
@TestProfile(FollowQuickly.class)
class FollowTest {

    @Inject
    ScoringService scoring;

    @Test
    void theSnapshotFollowsAWriteThroughAnotherInstanceWithoutAReader() throws InterruptedException {
        scoring.snapshot();
        long before = scoring.current().version();
        long written = Fixtures.writeElsewhere();
        assertTrue(written > before);
        // nothing reads the indices here: only the follower can move the snapshot on
        assertEquals(written, Fixtures.awaitVersion(() -> scoring.current().version(), written));
    }
}
