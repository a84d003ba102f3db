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
    String recommendation) {}
