package io.talentradar.common.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.LongSupplier;

/** The feed followed every 0.2 s, and a write as another instance makes it: not seen by this one's observers. */
public class FollowQuickly implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("talentradar.changes.follow-interval", "PT0.2S");
    }

    /** Moves the data version on in a transaction of its own, as a write through another instance does. */
    public static long writeElsewhere(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update data_version set version = version + 1 where id = 1")
                    .executeUpdate();
            return ((Number) em.createNativeQuery("select version from data_version where id = 1")
                            .getSingleResult())
                    .longValue();
        });
    }

    /** Waits up to 10 s for {@code version} to reach {@code wanted}; answers the last value seen. */
    public static long await(LongSupplier version, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long seen = version.getAsLong();
        while (seen < wanted && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = version.getAsLong();
        }
        return seen;
    }
}
