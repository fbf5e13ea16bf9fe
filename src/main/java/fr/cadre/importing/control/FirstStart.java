package fr.cadre.importing.control;

import fr.cadre.access.control.DemoUsers;
import fr.cadre.importing.entity.ImportRun;
import fr.cadre.importing.entity.ImportStatus;
import fr.cadre.platform.Migrations;
import fr.cadre.platform.StartupProgress;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once the schema is ready: runs a stopped instance left going are marked interrupted (restartable)
 * once their lease has run out ({@link RunLeases}), and an empty database gets the sample scheme,
 * so that the first start already shows Marseille. Cadre is not ready ({@code /health/ready}) until
 * that import has ended, whatever its outcome, on whichever instance runs it.
 */
@ApplicationScoped
public class FirstStart {

  /** The readiness step, and its name in {@code /health/ready}. */
  static final String STEP = "first-start-import";

  /** Who the first start's run is started by. */
  static final String WHO = "cadre (premier démarrage)";

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Inject Imports imports;
  @Inject ImportRuns runs;
  @Inject ImportSettings settings;
  @Inject StartupProgress progress;
  @Inject RunLeaseKeeper keeper;
  @Inject DemoUsers demoUsers;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile boolean schemaReady;

  /** The run this instance is to start, or null. */
  private volatile Long sampleRun;

  /** The first start's run another instance created and runs, awaited before being ready. */
  private volatile Long othersRun;

  /**
   * Decided as soon as the schema is ready, before any request can add data: runs a stopped
   * instance left going are taken over, and an empty database is due the sample scheme, claimed
   * under the first-start lock so that instances starting together import it once. The step is
   * registered here, before the schema is marked migrated, so that readiness never sees a moment
   * with the schema done and the import not yet known.
   */
  void onSchemaReady(@Observes Migrations.SchemaReady ready) {
    progress.awaiting(STEP);
    keeper.sweep();
    if (!settings.atFirstStart()) {
      progress.ended(STEP, "skipped: cadre.import.at-first-start is false");
    } else if (!Files.isDirectory(settings.firstStartFolder())) {
      progress.ended(STEP, "skipped: no folder " + settings.firstStartFolder());
    } else {
      Optional<ImportRun> claimed = imports.claimFirstStart(settings.firstStartFolder(), WHO);
      if (claimed.isPresent()) {
        sampleRun = claimed.get().id();
      } else {
        Optional<ImportRun> other = runs.firstBy(WHO).filter(run -> !run.status().finished());
        if (other.isPresent()) {
          othersRun = other.get().id();
          LOG.info(() -> "The first-start import " + othersRun + " runs on another instance");
        } else {
          progress.ended(STEP, "skipped: the database already holds data");
        }
      }
    }
    schemaReady = true;
  }

  /**
   * Batch jobs run on threads of their own, which can only use the persistence unit once the
   * application is deployed: the sample import is started a moment after, not from the deployment
   * itself.
   */
  public void scheduleAfterDeployment() {
    scheduler.schedule(this::afterStart, 2, TimeUnit.SECONDS);
    keeper.start();
  }

  private void afterStart() {
    if (!schemaReady) {
      scheduler.schedule(this::afterStart, 1, TimeUnit.SECONDS);
      return;
    }
    Long run = sampleRun;
    if (run != null) {
      sampleRun = null;
      try {
        imports.startJob(run);
        awaitEnd(run, true);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "The first-start import could not start", e);
        progress.ended(STEP, "not started: " + e.getMessage());
      }
    } else if (othersRun != null) {
      awaitEnd(othersRun, false);
    }
  }

  /**
   * The batch job ends on a thread of its own; its run's record says when. A failed read is tried
   * again: giving up would leave Cadre not ready for good. The instance that ran the sample then
   * creates its demo users ({@link DemoUsers}), before Cadre is ready.
   */
  private void awaitEnd(long runId, boolean ours) {
    try {
      ImportRun run = runs.run(runId);
      if (run.status().finished()) {
        if (ours && run.status() == ImportStatus.COMPLETED) {
          demoUsers.createFrom(settings.firstStartFolder());
        }
        progress.ended(STEP, run.status() + " (run " + runId + ")");
        return;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read first-start import " + runId + "; trying again", e);
    }
    scheduler.schedule(() -> awaitEnd(runId, ours), 250, TimeUnit.MILLISECONDS);
  }
}
