package fr.cadre.importing.control;

import fr.cadre.platform.Instance;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds ({@code cadre.instances.renew-seconds}), renews the leases of the imports this
 * instance runs and takes over those a stopped instance left (see {@link RunLeases}). Every
 * instance does so; the row locks of the sweep make each takeover happen once.
 */
@ApplicationScoped
public class RunLeaseKeeper {

  private static final Logger LOG = Logger.getLogger(RunLeaseKeeper.class.getName());

  @Inject RunLeases leases;
  @Inject Instance instance;

  @Resource ManagedScheduledExecutorService scheduler;

  public void start() {
    long every = instance.renewEvery().toMillis();
    scheduler.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  /** One sweep, its takeovers logged. */
  public void sweep() {
    RunLeases.Sweep sweep = leases.sweep();
    if (!sweep.takenOver().isEmpty()) {
      LOG.warning(
          () ->
              "Import(s) "
                  + sweep.takenOver()
                  + " interrupted: their instance stopped (lease run out); restart them through"
                  + " the API");
    }
    if (!sweep.left().isEmpty()) {
      LOG.fine(() -> "Import(s) running on other instances: " + sweep.left());
    }
  }

  /** A failed sweep is logged and tried again at the next tick: a thrown one would stop them. */
  private void sweepQuietly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Lease sweep of instance " + instance.id() + " failed", e);
    }
  }
}
