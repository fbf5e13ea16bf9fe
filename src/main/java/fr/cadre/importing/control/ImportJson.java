package fr.cadre.importing.control;

import static fr.cadre.kernel.JsonTexts.JSON;

import fr.cadre.importing.control.SchemeWriter.Outcome;
import fr.cadre.importing.entity.ImportProblem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's counts and defects as stored (JSON text columns). */
final class ImportJson {

  private ImportJson() {}

  static String problems(List<ImportProblem> problems, int kept) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (ImportProblem p : problems.subList(0, Math.min(kept, problems.size()))) {
      JsonObjectBuilder o = JSON.createObjectBuilder().add("file", p.file()).add("line", p.line());
      o.add("column", p.column() == null ? JsonValue.NULL : JSON.createValue(p.column()));
      o.add("value", p.value() == null ? JsonValue.NULL : JSON.createValue(p.value()));
      o.add("reason", p.reason()).add("message", p.toString());
      array.add(o);
    }
    return array.build().toString();
  }

  /** Adds a chunk's outcomes, by record type, to the counts stored so far. */
  static String addCounts(String stored, Map<String, EnumMap<Outcome, Integer>> chunk) {
    Map<String, EnumMap<Outcome, Integer>> counts = new LinkedHashMap<>();
    if (stored != null && !stored.isBlank()) {
      JsonObject object = JSON.createReader(new StringReader(stored)).readObject();
      for (String kind : object.keySet()) {
        EnumMap<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        JsonObject o = object.getJsonObject(kind);
        for (Outcome outcome : Outcome.values()) {
          JsonNumber n = o.getJsonNumber(outcome.name().toLowerCase(java.util.Locale.ROOT));
          byOutcome.put(outcome, n == null ? 0 : n.intValue());
        }
        counts.put(kind, byOutcome);
      }
    }
    chunk.forEach(
        (kind, outcomes) -> {
          EnumMap<Outcome, Integer> byOutcome =
              counts.computeIfAbsent(kind, k -> new EnumMap<>(Outcome.class));
          outcomes.forEach((outcome, n) -> byOutcome.merge(outcome, n, Integer::sum));
        });
    JsonObjectBuilder result = JSON.createObjectBuilder();
    counts.forEach(
        (kind, byOutcome) -> {
          JsonObjectBuilder o = JSON.createObjectBuilder();
          for (Outcome outcome : Outcome.values()) {
            o.add(
                outcome.name().toLowerCase(java.util.Locale.ROOT),
                byOutcome.getOrDefault(outcome, 0));
          }
          result.add(kind, o);
        });
    return result.build().toString();
  }
}
