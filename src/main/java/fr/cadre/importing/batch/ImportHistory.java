package fr.cadre.importing.batch;

import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.ImportSettings;
import fr.cadre.importing.control.VoucherHistory;
import fr.cadre.importing.entity.ImportRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Last step, once the scheme is written: the vouchers of a history found with it ({@value
 * VoucherHistory#FILE}), all in one transaction or none; a refused history leaves the run INVALID
 * with its line-numbered problems (the scheme itself stays written). Skipped when the folder has no
 * history or {@code cadre.import.history} is false.
 */
@Named
@Dependent
public class ImportHistory extends AbstractBatchlet {

  @Inject JobContext job;

  /** The import run this execution works for (job parameter {@code runId}). */
  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject ImportRuns runs;
  @Inject ImportSettings settings;
  @Inject VoucherHistory history;

  @Override
  public String process() {
    long runId = Long.parseLong(this.runId);
    ImportRun run = runs.run(runId);
    Path file = Path.of(run.folder()).resolve(VoucherHistory.FILE);
    if (!settings.history() || !Files.isRegularFile(file)) {
      return "NO_HISTORY";
    }
    try {
      runs.historyImported(runId, history.importFrom(file, run.startedBy()));
      return "IMPORTED";
    } catch (VoucherHistory.Refused refused) {
      runs.refused(runId, refused.problems());
      job.setExitStatus(ValidateScheme.INVALID);
      return ValidateScheme.INVALID;
    }
  }
}
