package fr.cadre.importing.batch;

import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.SchemeItem;
import fr.cadre.importing.control.SchemeWriter;
import fr.cadre.importing.control.SchemeWriter.Outcome;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Upserts a chunk of items and counts it on the run, all in the chunk's transaction. */
@Named
@Dependent
public class SchemeItemWriter extends AbstractItemWriter {

  /** The import run this execution works for (job parameter {@code runId}). */
  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject SchemeWriter writer;
  @Inject ImportRuns runs;

  @Override
  public void writeItems(List<Object> items) {
    Map<String, EnumMap<Outcome, Integer>> outcomes = new LinkedHashMap<>();
    for (Object item : items) {
      SchemeItem schemeItem = (SchemeItem) item;
      Outcome outcome = writer.write(schemeItem);
      outcomes
          .computeIfAbsent(schemeItem.kind(), k -> new EnumMap<>(Outcome.class))
          .merge(outcome, 1, Integer::sum);
    }
    runs.wrote(Long.parseLong(runId), items.size(), outcomes);
  }
}
