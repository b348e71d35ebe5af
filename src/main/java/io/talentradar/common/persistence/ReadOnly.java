package io.talentradar.common.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Marks the current transaction's session as a reader: entities are loaded without the snapshot Hibernate
 * keeps for dirty checking, and nothing is flushed before queries or at commit. For list and read methods
 * that change nothing.
 */
public final class ReadOnly {

    private ReadOnly() {}

    public static void session(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
