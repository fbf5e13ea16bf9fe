package fr.cadre.importing.control;

import fr.cadre.platform.StorageSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where imports keep their files, and what is imported when Cadre first starts. */
@ApplicationScoped
public class ImportSettings {

  @Inject StorageSettings storage;

  @Inject
  @ConfigProperty(name = "cadre.import.at-first-start", defaultValue = "true")
  boolean atFirstStart;

  /**
   * Whether an import takes over the vouchers of a history ({@code vouchers.csv}) found with the
   * scheme; test servers turn it off to start fast.
   */
  @Inject
  @ConfigProperty(name = "cadre.import.history", defaultValue = "true")
  boolean history;

  @Inject
  @ConfigProperty(name = "cadre.import.first-start-folder", defaultValue = "sample-data")
  String firstStartFolder;

  @Inject
  @ConfigProperty(name = "cadre.import.max-upload-bytes", defaultValue = "52428800")
  long maxUploadBytes;

  /** Relative to the data folder, unless absolute. */
  @Inject
  @ConfigProperty(name = "cadre.import.root", defaultValue = "imports")
  String root;

  /** Each run's own copy of its files, kept for restarts and audit. */
  public Path runsFolder() {
    return storage.dataFolder().resolve("import-runs");
  }

  /** The only folder, with its subfolders, that {@code {"folder": …}} may import from. */
  public Path root() {
    return storage.dataFolder().resolve(root).toAbsolutePath().normalize();
  }

  public boolean atFirstStart() {
    return atFirstStart;
  }

  public boolean history() {
    return history;
  }

  public Path firstStartFolder() {
    return Path.of(firstStartFolder).toAbsolutePath();
  }

  /** The largest upload accepted, both as sent and as unpacked. */
  public long maxUploadBytes() {
    return maxUploadBytes;
  }
}
