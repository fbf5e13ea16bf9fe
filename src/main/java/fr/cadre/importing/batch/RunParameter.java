package fr.cadre.importing.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

/** The import run a job execution works for, from its job parameters. */
final class RunParameter {

  private RunParameter() {}

  static long of(JobContext job) {
    return Long.parseLong(
        BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty("runId"));
  }
}
