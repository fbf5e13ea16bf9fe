package fr.cadre.importing.control;

import fr.cadre.importing.entity.ImportRun;
import fr.cadre.importing.entity.ImportStatus;
import fr.cadre.platform.Instance;
import fr.cadre.platform.Lease;
import fr.cadre.platform.Leases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which instance runs each going import, by a lease on the run's row ({@code lease_holder}, {@code
 * lease_until}). The columns are not mapped on {@link ImportRun}: they are written here by plain
 * updates that leave the run's version alone, so a renewal never makes the job's own update of the
 * run fail on its version.
 */
@ApplicationScoped
public class RunLeases {

  @PersistenceContext EntityManager em;
  @Inject Instance instance;

  /** This instance runs the import from now on (a new run, or one restarted). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(long runId) {
    em.flush();
    write(runId, Lease.of(instance.id(), now(), term()));
  }

  /**
   * Renews the leases of the runs this instance is running, and takes over the going runs whose
   * lease ran out: their instance stopped, so they are interrupted, restartable through the API.
   * The going runs are read under row locks, so two instances sweeping together take each run over
   * once.
   */
  @Transactional
  public Sweep sweep() {
    Instant now = now();
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, lease_holder, lease_until FROM import_run"
                    + " WHERE status IN (?1, ?2) ORDER BY id FOR UPDATE")
            .setParameter(1, ImportStatus.VALIDATING.name())
            .setParameter(2, ImportStatus.WRITING.name())
            .getResultList();
    int renewed = 0;
    List<Long> takenOver = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long runId = ((Number) columns[0]).longValue();
      Lease lease = Leases.lease(columns[1], columns[2]);
      switch (lease.moveFor(instance.id(), now)) {
        case RENEW -> {
          write(runId, lease.renewedBy(instance.id(), now, term()));
          renewed++;
        }
        case TAKE_OVER -> {
          em.find(ImportRun.class, runId).interrupted();
          // Recorded: the instance that took it over; nobody runs it until it is restarted.
          write(runId, new Lease(instance.id(), now));
          takenOver.add(runId);
        }
        case LEAVE -> left.add(runId + " (" + lease.holder() + " until " + lease.until() + ")");
      }
    }
    return new Sweep(renewed, takenOver, left);
  }

  private void write(long runId, Lease lease) {
    em.createNativeQuery("UPDATE import_run SET lease_holder = ?1, lease_until = ?2 WHERE id = ?3")
        .setParameter(1, lease.holder())
        .setParameter(2, Leases.column(lease.until()))
        .setParameter(3, runId)
        .executeUpdate();
  }

  private Instant now() {
    return instance.clock().instant();
  }

  private java.time.Duration term() {
    return instance.leaseTerm();
  }

  /** What a sweep did: leases renewed, runs taken over, runs left to their running instance. */
  public record Sweep(int renewed, List<Long> takenOver, List<String> left) {}
}
