package io.talentradar.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The database's count of committed data changes (table {@code data_version}). Every write that changes
 * what the indices read calls {@link #bump()} inside its transaction; caches key on the count, so a write
 * through any instance is seen by every instance sharing the database. A bump also fires {@link Bumped}, so
 * observers of its transaction's success ({@code @Observes(during = AFTER_SUCCESS)}) can follow a write of this
 * instance at once rather than at their next read.
 */
@ApplicationScoped
public class DataVersion {

    /** The data changed in the current transaction (observed after it commits). */
    public record Bumped() {}

    private final EntityManager em;
    private final Event<Bumped> bumped;

    DataVersion(EntityManager em, Event<Bumped> bumped) {
        this.em = em;
        this.bumped = bumped;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        em.createNativeQuery("update data_version set version = version + 1 where id = 1")
                .executeUpdate();
        bumped.fire(new Bumped());
    }
}
