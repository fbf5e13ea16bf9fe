package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What has to be done before Cadre serves its data: the schema migrated, then each step that start
 * work registers while the schema is being announced (the first-start import, for one). Until all
 * have ended, a client would see an empty or half-imported database; {@link ReadinessCheck} answers
 * {@code /health/ready} from here. A step's outcome (completed or not) is reported, never waited
 * on: a refused import still ends the step.
 */
@ApplicationScoped
public class StartupProgress {

  static final String SCHEMA = "schema";
  static final String PENDING = "pending";

  private String schemaVersion;
  private final Map<String, String> steps = new LinkedHashMap<>();

  /** Called once the migrations have run; steps must be registered before this. */
  public synchronized void schemaMigrated(String version) {
    schemaVersion = version;
  }

  /** A step that must end before Cadre is ready. */
  public synchronized void awaiting(String step) {
    steps.put(step, null);
  }

  public synchronized void ended(String step, String outcome) {
    steps.put(step, outcome);
  }

  public synchronized State state() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(SCHEMA, schemaVersion == null ? PENDING : "version " + schemaVersion);
    steps.forEach((step, outcome) -> data.put(step, outcome == null ? PENDING : outcome));
    boolean ready = schemaVersion != null && !steps.containsValue(null);
    return new State(ready, data);
  }

  /** Whether Cadre is ready, and where each step stands. */
  public record State(boolean ready, Map<String, String> data) {}
}
