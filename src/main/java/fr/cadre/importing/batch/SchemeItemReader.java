package fr.cadre.importing.batch;

import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.Imports;
import fr.cadre.importing.control.SchemeItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
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

  /** The import run this execution works for (job parameter {@code runId}). */
  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject Imports imports;
  @Inject ImportRuns runs;

  private List<SchemeItem> items;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    long runId = Long.parseLong(this.runId);
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
