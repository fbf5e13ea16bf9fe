package fr.cadre.importing.control;

import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.importing.entity.ImportRun;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Starts scheme imports (from a folder or an uploaded ZIP), restarts the ones a crash or an error
 * stopped, and keeps each run's record as the batch job moves on.
 */
@ApplicationScoped
public class Imports {

  static final String JOB = "scheme-import";
  static final String RUN_ID = "runId";
  private static final Logger LOG = Logger.getLogger(Imports.class.getName());

  @Inject ImportRuns runs;
  @Inject ImportSettings settings;
  @Inject AgreementSettings agreementSettings;
  @Inject StoredSchemeChecks stored;

  /**
   * A folder named by a request: only below the import root ({@code cadre.import.root}). Its
   * scheme's files are copied, so that a restart reads the same content.
   */
  public ImportRun fromFolder(String requested, String who) {
    ImportRoot root = new ImportRoot(settings.root());
    Path source = root.folder(requested);
    for (String file : SchemeFiles.FILES) {
      if (Files.exists(source.resolve(file))) {
        root.file(source.resolve(file), requested);
      }
    }
    return copied(source, who);
  }

  /** The folder the configuration names (the first start's sample), wherever it is. */
  public ImportRun fromConfiguredFolder(Path source, String who) {
    return copied(source, who);
  }

  private ImportRun copied(Path source, String who) {
    return start(source.toString(), copyOf(source), who);
  }

  /**
   * The first start's import of {@code source}, created only if the database is still empty once
   * this instance holds the first-start lock; the job is started later by {@link #startJob}. Empty
   * when the database holds data, or another instance has created its own run first.
   */
  public Optional<ImportRun> claimFirstStart(Path source, String who) {
    Path copy = copyOf(source);
    Optional<ImportRun> run = runs.createIfDatabaseEmpty(source.toString(), copy, who);
    if (run.isEmpty()) {
      deleteQuietly(copy);
    }
    return run;
  }

  /** Starts the batch job of a run created beforehand. */
  public void startJob(long runId) {
    jobs().start(JOB, parameters(runId));
    LOG.info(() -> "Import " + runId + " started");
  }

  /**
   * A folder of this run's own holding the scheme's files (and history) found in {@code source}.
   */
  private Path copyOf(Path source) {
    Path copy = newRunFolder();
    for (String file : SchemeFiles.ACCEPTED) {
      Path from = source.resolve(file);
      if (Files.isRegularFile(from)) {
        try {
          Files.copy(from, copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          deleteQuietly(copy);
          throw new UncheckedIOException(e);
        }
      }
    }
    return copy;
  }

  /** An upload that says it is larger than the cap is refused before it is read. */
  public void checkDeclaredLength(Long length) {
    if (length != null && length > settings.maxUploadBytes()) {
      throw UploadRefused.tooLarge("l'archive", settings.maxUploadBytes());
    }
  }

  /**
   * Unpacks an uploaded ZIP of the scheme's files, all checked before the run exists: a refused
   * upload leaves no folder and no run behind.
   */
  public ImportRun fromZip(InputStream zip, String who) {
    Path copy = newRunFolder();
    try {
      new ZipUpload(settings.maxUploadBytes()).unpack(zip, copy);
    } catch (RuntimeException refused) {
      deleteQuietly(copy);
      LOG.info(() -> "Upload by " + who + " refused, no run created: " + refused.getMessage());
      throw refused;
    }
    return start("archive envoyée", copy, who);
  }

  /** Starts a new attempt of a run that failed or was interrupted, from its last written chunk. */
  public ImportRun restart(long runId, String who) {
    ImportRun run = runs.restartable(runId);
    jobs().start(JOB, parameters(run.id()));
    LOG.info(() -> "Import " + runId + " restarted by " + who + " at item " + run.writtenItems());
    return runs.run(runId);
  }

  private ImportRun start(String source, Path folder, String who) {
    ImportRun run = runs.create(source, folder, who);
    // The run is complete before the job starts: from here on, only the job's thread writes it
    // (its listener records the execution), so no update of this thread can meet one of the job's.
    jobs().start(JOB, parameters(run.id()));
    LOG.info(() -> "Import " + run.id() + " started by " + who + " from " + source);
    return runs.run(run.id());
  }

  /** Reads and checks the run's files. */
  public Scheme read(long runId) {
    return SchemeFiles.read(Path.of(runs.run(runId).folder()), agreementSettings.durationLimits());
  }

  /**
   * The job's first step: the files, then what they would change of the stored scheme that the
   * domain forbids ({@link StoredSchemeChecks}), so that the write step meets no refusal.
   */
  public Scheme validate(long runId) {
    Scheme scheme = read(runId);
    if (!scheme.valid()) {
      return scheme;
    }
    List<ImportProblem> problems = stored.problems(scheme);
    return problems.isEmpty() ? scheme : new Scheme(List.of(), problems);
  }

  private Path newRunFolder() {
    Path folder = settings.runsFolder().resolve(UUID.randomUUID().toString());
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (var files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      LOG.warning(() -> "could not delete " + folder + ": " + e.getMessage());
    }
  }

  private static Properties parameters(long runId) {
    Properties p = new Properties();
    p.setProperty(RUN_ID, Long.toString(runId));
    return p;
  }

  private static JobOperator jobs() {
    return BatchRuntime.getJobOperator();
  }
}
