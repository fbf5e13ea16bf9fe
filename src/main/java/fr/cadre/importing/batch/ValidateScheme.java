package fr.cadre.importing.batch;

import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.Imports;
import fr.cadre.importing.control.Scheme;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step: reads and checks every row of every file; any defect ends the job, unwritten. */
@Named
@Dependent
public class ValidateScheme extends AbstractBatchlet {

  static final String INVALID = "INVALID";

  @Inject JobContext job;

  /** The import run this execution works for (job parameter {@code runId}). */
  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject Imports imports;
  @Inject ImportRuns runs;

  @Override
  public String process() {
    long runId = Long.parseLong(this.runId);
    Scheme scheme = imports.validate(runId);
    if (!scheme.valid()) {
      runs.refused(runId, scheme.problems());
      job.setExitStatus(INVALID);
      return INVALID;
    }
    runs.validated(runId, scheme.items().size());
    return "VALID";
  }
}
