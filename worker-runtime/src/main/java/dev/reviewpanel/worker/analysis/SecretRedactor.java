package dev.reviewpanel.worker.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides secrets in text that leaves the worker: snippets, messages, logs. */
public final class SecretRedactor {

  public static final String MASK = "****";

  private static final Pattern ASSIGNED_SECRET =
      Pattern.compile(
          "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth)"
              + "[\\w.\\-]*[\"']?\\s*(?:=|:|,|\\()\\s*[\"'`])([^\"'`]{3,})([\"'`])");
  private static final Pattern WELL_KNOWN_TOKENS =
      Pattern.compile(
          "(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}"
              + "|sk-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"
              + "|-----BEGIN [A-Z ]*PRIVATE KEY-----)");

  private SecretRedactor() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher assigned = ASSIGNED_SECRET.matcher(text);
    String result =
        assigned.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    return WELL_KNOWN_TOKENS.matcher(result).replaceAll(MASK);
  }
}
