package dev.reviewpanel.code.analysis;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;

/**
 * What an analyzer checks, declared once and reported many times.
 *
 * @param id stable rule id, e.g. {@code java.sql-injection}
 * @param category e.g. {@code injection}, {@code crypto}, {@code resource-leak}, {@code n-plus-one}
 * @param cwe e.g. {@code CWE-89}, or null
 */
public record Rule(
    String id,
    String category,
    String cwe,
    Severity severity,
    Confidence confidence,
    String title,
    String recommendation) {

  /**
   * This rule reported at another severity and confidence, for a finding whose proof differs from
   * the rule's usual case (a value in a provider's token format against a name match alone).
   */
  public Rule at(Severity severity, Confidence confidence) {
    return new Rule(id, category, cwe, severity, confidence, title, recommendation);
  }
}
