package fr.cadre.pages.importing;

import static fr.cadre.kernel.JsonTexts.JSON;

import fr.cadre.importing.entity.ImportRun;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's rejection report as the run stored it: each defect's file, line, column, value and
 * reason; and how far the run has gone.
 */
public record ImportReport(List<Defect> defects, int items, int written) {

  /** One defect; {@code column} and {@code value} are empty for a defect of a whole line. */
  public record Defect(String file, int line, String column, String value, String reason) {}

  static ImportReport of(ImportRun run) {
    List<Defect> defects = new ArrayList<>();
    if (run.problems() != null && !run.problems().isBlank()) {
      JsonArray stored = JSON.createReader(new StringReader(run.problems())).readArray();
      for (JsonValue v : stored) {
        JsonObject p = v.asJsonObject();
        defects.add(
            new Defect(
                p.getString("file", ""),
                p.getInt("line", 0),
                text(p, "column"),
                text(p, "value"),
                p.getString("reason", "")));
      }
    }
    return new ImportReport(defects, run.totalItems(), run.writtenItems());
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? "" : o.getString(name);
  }

  /** Whole percent written, for the progress text. */
  public int percent() {
    return items == 0 ? 0 : (int) Math.min(100, (100L * written) / items);
  }
}
