package io.talentradar.common.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.talentradar.common.persistence.Background;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the views built from the changes feed (the scoring snapshot, the search index) current on an instance
 * that nobody reads from. A view catches up at its next read, or at once after a write through its own
 * instance; an instance read rarely would otherwise fall behind the feed's retention (writes through other
 * instances go on), and its next reader would wait for a full read instead of the changes since. Every
 * {@code talentradar.changes.follow-interval} each {@link View} follows in the background: one read of the
 * data version when it is current.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);

    /** A view kept from the feed. */
    public interface View {
        /** Brings the view up to date with the committed data, if it has been built. */
        void follow();
    }

    private final Instance<View> views;
    private final Duration interval;
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(Background.daemon("feed-follower"));

    FeedFollower(
            Instance<View> views,
            @ConfigProperty(name = "talentradar.changes.follow-interval", defaultValue = "PT1M") Duration interval) {
        this.views = views;
        this.interval = interval;
    }

    void start(@Observes StartupEvent started) {
        long millis = interval.toMillis();
        ticker.scheduleWithFixedDelay(this::followAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        Background.stop(ticker);
    }

    private void followAll() {
        for (View view : views) {
            try {
                view.follow();
            } catch (RuntimeException e) { // the next tick, or the next reader, tries again
                LOG.debugf(
                        e, "Feed follower: %s did not catch up", view.getClass().getSimpleName());
            }
        }
    }
}
