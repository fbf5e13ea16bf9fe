package fr.cadre.importing.control;

import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.importing.entity.ImportRun;
import fr.cadre.kernel.DomainException;
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
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

  /** Copies the scheme's files out of the folder, so that a restart reads the same content. */
  public ImportRun fromFolder(Path source, String who) {
    if (!Files.isDirectory(source)) {
      throw DomainException.invalid("folder", "import-folder", "dossier introuvable : " + source);
    }
    Path copy = newRunFolder();
    for (String file : SchemeFiles.FILES) {
      Path from = source.resolve(file);
      if (Files.isRegularFile(from)) {
        try {
          Files.copy(from, copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return start(source.toString(), copy, who);
  }

  /** Unpacks an uploaded ZIP of the scheme's files (file names only; folders inside ignored). */
  public ImportRun fromZip(InputStream zip, String who) {
    Path copy = newRunFolder();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(zip)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        String name = Path.of(entry.getName()).getFileName().toString();
        if (entry.isDirectory() || !SchemeFiles.FILES.contains(name)) {
          continue;
        }
        byte[] bytes =
            in.readNBytes(
                (int) Math.min(settings.maxUploadBytes() - total + 1, Integer.MAX_VALUE - 8));
        total += bytes.length;
        if (total > settings.maxUploadBytes()) {
          throw DomainException.invalid(
              "body",
              "upload-size",
              "archive trop volumineuse (plus de " + settings.maxUploadBytes() + " octets)");
        }
        Files.write(copy.resolve(name), bytes);
      }
    } catch (IOException e) {
      throw DomainException.invalid("body", "zip", "archive ZIP illisible : " + e.getMessage());
    }
    return start("archive envoyée", copy, who);
  }

  /** Starts a new attempt of a run that failed or was interrupted, from its last written chunk. */
  public ImportRun restart(long runId, String who) {
    ImportRun run = runs.restartable(runId);
    long execution = jobs().start(JOB, parameters(run.id()));
    runs.started(run.id(), execution);
    LOG.info(() -> "Import " + runId + " restarted by " + who + " at item " + run.writtenItems());
    return runs.run(runId);
  }

  private ImportRun start(String source, Path folder, String who) {
    ImportRun run = runs.create(source, folder, who);
    long execution = jobs().start(JOB, parameters(run.id()));
    runs.started(run.id(), execution);
    LOG.info(() -> "Import " + run.id() + " started by " + who + " from " + source);
    return runs.run(run.id());
  }

  /** Reads and checks the run's files; called by the job's first step. */
  public Scheme read(long runId) {
    return SchemeFiles.read(Path.of(runs.run(runId).folder()), agreementSettings.durationLimits());
  }

  private Path newRunFolder() {
    Path folder = settings.runsFolder().resolve(UUID.randomUUID().toString());
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
