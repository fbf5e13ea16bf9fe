package fr.cadre.platform;

import fr.cadre.kernel.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;

/**
 * The version of the reference data ({@link ReferenceData}), one row in the database: what reads it
 * may keep that data across transactions while the version has not moved. It moves in the
 * transaction of every insert, update or delete of a reference entity, whatever wrote it (a
 * resource, a page, an import), so that no write path can forget it: EclipseLink calls {@link
 * Changes} after each such statement. Being in the database, it tells every instance.
 */
@ApplicationScoped
public class ReferenceVersion {

  static final String MOVE = "UPDATE reference_version SET version = version + 1 WHERE id = 1";

  @PersistenceContext EntityManager em;

  /** The version committed when the calling transaction reads it. */
  public long current() {
    return ((Number)
            em.createNativeQuery("SELECT version FROM reference_version WHERE id = 1")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult())
        .longValue();
  }

  /**
   * Set as the persistence unit's session customizer: listens to the writes of every entity marked
   * {@link ReferenceData} and moves the version, once per transaction (every time outside one).
   */
  public static class Changes extends DescriptorEventAdapter implements SessionCustomizer {

    private static final Object MOVED = Changes.class.getName() + ".moved";

    private volatile TransactionSynchronizationRegistry registry;

    @Override
    public void customize(Session session) {
      for (ClassDescriptor descriptor : session.getDescriptors().values()) {
        if (descriptor.getJavaClass().isAnnotationPresent(ReferenceData.class)) {
          descriptor.getEventManager().addListener(this);
        }
      }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
      moved(event);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
      moved(event);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
      moved(event);
    }

    private void moved(DescriptorEvent event) {
      TransactionSynchronizationRegistry tx = registry();
      boolean inTransaction = tx != null && tx.getTransactionKey() != null;
      if (inTransaction && tx.getResource(MOVED) != null) {
        return;
      }
      // The statement runs on the writing session's own connection, in its transaction.
      event.getSession().executeNonSelectingSQL(MOVE);
      if (inTransaction) {
        tx.putResource(MOVED, Boolean.TRUE);
      }
    }

    private TransactionSynchronizationRegistry registry() {
      TransactionSynchronizationRegistry known = registry;
      if (known == null) {
        try {
          known = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
          registry = known;
        } catch (NamingException outsideTheServer) {
          return null;
        }
      }
      return known;
    }
  }
}
