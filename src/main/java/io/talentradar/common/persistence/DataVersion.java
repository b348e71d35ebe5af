package io.talentradar.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The database's count of committed data changes (table {@code data_version}). Every write that changes
 * what the indices read calls {@link #bump()} inside its transaction; caches key on the count, so a write
 * through any instance is seen by every instance sharing the database.
 */
@ApplicationScoped
public class DataVersion {

    private final EntityManager em;

    DataVersion(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        em.createNativeQuery("update data_version set version = version + 1 where id = 1")
                .executeUpdate();
    }
}
