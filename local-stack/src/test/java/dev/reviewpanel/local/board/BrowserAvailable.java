package dev.reviewpanel.local.board;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests, saying why, on a machine without Chromium and chromedriver. */
final class BrowserAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = Browser.unavailable();
    return missing == null
        ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
        : ConditionEvaluationResult.disabled("browser tests skipped: " + missing);
  }
}
