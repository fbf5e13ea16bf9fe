package fr.cadre.importing.control;

import fr.cadre.platform.Migrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Once the schema is ready: runs a crash left going are marked interrupted (restartable), and an
 * empty database gets the sample scheme, so that the first start already shows Marseille.
 */
@ApplicationScoped
public class FirstStart {

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Inject Imports imports;
  @Inject ImportRuns runs;
  @Inject ImportSettings settings;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile boolean schemaReady;
  private volatile boolean importSample;

  /**
   * Decided as soon as the schema is ready, before any request can add data: runs a crash left
   * going are marked interrupted, and an empty database is due the sample scheme.
   */
  void onSchemaReady(@Observes Migrations.SchemaReady ready) {
    int interrupted = runs.interruptStaleRuns();
    if (interrupted > 0) {
      LOG.warning(
          interrupted + " import(s) interrupted by the last stop; restart them through the API");
    }
    importSample =
        settings.atFirstStart()
            && Files.isDirectory(settings.firstStartFolder())
            && runs.databaseIsEmpty();
    schemaReady = true;
  }

  /**
   * Batch jobs run on threads of their own, which can only use the persistence unit once the
   * application is deployed: the sample import is started a moment after, not from the deployment
   * itself.
   */
  public void scheduleAfterDeployment() {
    scheduler.schedule(this::afterStart, 2, TimeUnit.SECONDS);
  }

  private void afterStart() {
    if (!schemaReady) {
      scheduler.schedule(this::afterStart, 1, TimeUnit.SECONDS);
      return;
    }
    if (importSample) {
      importSample = false;
      imports.fromConfiguredFolder(settings.firstStartFolder(), "cadre (premier démarrage)");
    }
  }
}
