package io.talentradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.talentradar.common.Fixtures;
import io.talentradar.common.feed.FollowQuickly;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An instance nobody searches still brings its search index up to date (common.feed.FeedFollower). */
@QuarkusTest
@TestProfile(FollowQuickly.class)
class FollowTest {

    @Inject
    SearchService search;

    @Test
    void theIndexFollowsAWriteThroughAnotherInstanceWithoutASearch() throws InterruptedException {
        search.search("openai", Set.of("lab"), 1);
        long before = search.version();
        long written = Fixtures.writeElsewhere();
        assertTrue(written > before);
        // nothing searches here: only the follower can move the index on
        assertEquals(written, Fixtures.awaitVersion(search::version, written));
    }
}
