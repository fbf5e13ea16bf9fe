package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The named leases of work that runs once whatever the number of instances (table {@code
 * work_lease}, one row per piece of work, created by the migrations). Each claim reads the row
 * under a row lock ({@code SELECT … FOR UPDATE}), so two instances claiming together are judged one
 * after the other, by the rules of {@link Lease}. Times are stored in UTC.
 */
@ApplicationScoped
public class Leases {

  @PersistenceContext EntityManager em;
  @Inject Instance instance;

  /**
   * Holds the work's row lock until the caller's transaction ends: an instance checking whether the
   * work is still to do, and doing it, does so while the others wait for its commit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(String work) {
    read(work);
    // Recorded: the last instance that took the lock; the lease itself runs out at once.
    write(work, new Lease(instance.id(), now()));
  }

  /** This instance holds the work's lease now (claimed or renewed), or another one still does. */
  @Transactional
  public boolean claim(String work) {
    Instant now = now();
    Optional<Lease> claimed = read(work).claimedBy(instance.id(), now, instance.leaseTerm());
    claimed.ifPresent(lease -> write(work, lease));
    return claimed.isPresent();
  }

  /** The work is done: its lease runs out now, if this instance still held it. */
  @Transactional
  public void release(String work) {
    Lease held = read(work);
    if (held.heldBy(instance.id())) {
      write(work, held.releasedAt(now()));
    }
  }

  private Lease read(String work) {
    List<?> rows =
        em.createNativeQuery("SELECT holder, held_until FROM work_lease WHERE name = ?1 FOR UPDATE")
            .setParameter(1, work)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("no lease row for " + work + " (schema V11 creates them)");
    }
    Object[] row = (Object[]) rows.get(0);
    return lease(row[0], row[1]);
  }

  private void write(String work, Lease lease) {
    em.createNativeQuery("UPDATE work_lease SET holder = ?1, held_until = ?2 WHERE name = ?3")
        .setParameter(1, lease.holder())
        .setParameter(2, column(lease.until()))
        .setParameter(3, work)
        .executeUpdate();
  }

  private Instant now() {
    return instance.clock().instant();
  }

  /** A lease read from its holder and time columns, whichever type the driver gives the time. */
  public static Lease lease(Object holder, Object until) {
    Instant instant;
    if (until == null) {
      instant = null;
    } else if (until instanceof Timestamp t) {
      instant = t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    } else if (until instanceof LocalDateTime t) {
      instant = t.toInstant(ZoneOffset.UTC);
    } else if (until instanceof java.time.OffsetDateTime t) {
      instant = t.toInstant();
    } else {
      throw new IllegalStateException("lease time of type " + until.getClass());
    }
    return holder == null && instant == null ? Lease.NONE : new Lease((String) holder, instant);
  }

  /** The value written to a lease's time column: UTC wall time, whatever the JVM's zone. */
  public static LocalDateTime column(Instant until) {
    return until == null ? null : LocalDateTime.ofInstant(until, ZoneOffset.UTC);
  }
}
