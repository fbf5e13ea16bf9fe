package fr.cadre.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link BrowserTest} on H2 where Chromium and its driver are installed. */
public class BrowserCondition implements ExecutionCondition {

  static final String REQUIRED = "cadre.browser.required";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (ItDatabase.postgres()) {
      return ConditionEvaluationResult.disabled(
          "browser tests run in the H2 pass only; this pass runs on PostgreSQL");
    }
    boolean installed =
        Files.isExecutable(Path.of(Browser.CHROMIUM))
            && Files.isExecutable(Path.of(Browser.DRIVER));
    if (installed) {
      return ConditionEvaluationResult.enabled("chromium and chromedriver found");
    }
    String missing =
        "BROWSER TESTS SKIPPED: "
            + Browser.CHROMIUM
            + " or "
            + Browser.DRIVER
            + " is missing (apt-get install -y chromium chromium-driver)";
    if (Boolean.getBoolean(REQUIRED)) {
      throw new IllegalStateException(missing + ", and " + REQUIRED + " is set");
    }
    System.err.println("\n*** " + missing + " ***\n");
    return ConditionEvaluationResult.disabled(missing);
  }
}
