package fr.cadre.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version before anything else touches the database. The schema
 * comes only from the versioned scripts under {@code db/migration}, which run on H2 and PostgreSQL
 * alike, plus the Java ones registered here (a step that must look up names H2 generated); JPA
 * never creates tables. When done it announces {@link SchemaReady}, which first-start work (the
 * sample-data import) observes and where it registers the steps readiness waits for; only then is
 * the schema marked migrated in {@link StartupProgress}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = CadreDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;
  @Inject StartupProgress progress;

  @PostConstruct
  void migrate() {
    Flyway flyway = flyway(dataSource);
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
    schemaReady.fire(new SchemaReady(result.migrationsExecuted));
    progress.schemaMigrated(flyway.info().current().getVersion().getVersion());
  }

  /** Cadre's migrations on this datasource, as applied at start (and by the schema tests). */
  static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new V6__Lean_voucher_indexes_on_h2())
        .load();
  }

  /** The schema is current; {@code migrationsApplied} is 0 on an ordinary restart. */
  public record SchemaReady(int migrationsApplied) {}
}
