package io.talentradar.common.feed;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The feed followed every 0.2 s. */
public class FollowQuickly implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("talentradar.changes.follow-interval", "PT0.2S");
    }
}
