package fr.cadre.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A screenshot of what the browser showed when a browser test failed, before the test closes it:
 * {@code target/browser/NN-FAILED-<test>.png}.
 */
public class BrowserFailureShots implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Browser open = Browser.lastOpened();
    if (open != null) {
      try {
        open.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      } catch (RuntimeException couldNot) {
        failure.addSuppressed(couldNot);
      }
    }
    throw failure;
  }
}
