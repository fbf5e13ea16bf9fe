package fr.cadre.importing.batch;

import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.Imports;
import fr.cadre.importing.control.SchemeItem;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Hands out the validated items in write order. It starts after the items the run has already
 * written (a count committed with each chunk), so that a run restarted after a crash goes on
 * exactly where its last committed chunk ended.
 */
@Named
@Dependent
public class SchemeItemReader extends AbstractItemReader {

  @Inject JobContext job;
  @Inject Imports imports;
  @Inject ImportRuns runs;

  private List<SchemeItem> items;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    long runId = RunParameter.of(job);
    items = imports.read(runId).items();
    next = runs.run(runId).writtenItems();
  }

  @Override
  public Object readItem() {
    return next < items.size() ? items.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
