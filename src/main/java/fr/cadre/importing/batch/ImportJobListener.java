package fr.cadre.importing.batch;

import fr.cadre.importing.control.ImportRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Opens and closes the run's record around the job, whichever way the job ends. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

  @Inject JobContext job;

  /** The import run this execution works for (job parameter {@code runId}). */
  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject ImportRuns runs;

  /** The run learns which execution serves it, on the job's thread, before the first step. */
  @Override
  public void beforeJob() {
    runs.started(Long.parseLong(runId), job.getExecutionId());
  }

  /**
   * The job's own batch status is not final yet when this runs: the run is complete when every
   * validated item is written, whatever step ended the job otherwise.
   */
  @Override
  public void afterJob() {
    runs.ended(Long.parseLong(runId), job.getExitStatus());
  }
}
