package io.talentradar.common.persistence;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The service's own background threads that read or write the database: how they are made and stopped. */
public final class Background {

    /** How long a task in progress may take to finish at shutdown. */
    private static final long GRACE_SECONDS = 5;

    private Background() {}

    /** Daemon threads named {@code name-1}, {@code name-2}, ...: they never keep the JVM from exiting. */
    public static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Takes no new tasks and lets the one in progress end its transaction before the datasource closes, rather
     * than interrupting it: an interrupted statement fails against a closing pool (a warning and a stack trace at
     * every stop), and an interrupted file write closes an embedded H2 database. Interrupts it after the grace
     * time.
     */
    public static void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
