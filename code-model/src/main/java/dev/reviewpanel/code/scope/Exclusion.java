package dev.reviewpanel.code.scope;

import dev.reviewpanel.events.NotAnalyzed;

/**
 * Why a file is left out of analysis by default, and what matched.
 *
 * @param reason {@link NotAnalyzed.Reason#VENDORED}, {@link NotAnalyzed.Reason#MINIFIED} or {@link
 *     NotAnalyzed.Reason#GENERATED}
 * @param detail what matched, e.g. {@code "in the vendored directory 'node_modules/'"}
 * @param line the line of the marker that matched, or null
 */
public record Exclusion(NotAnalyzed.Reason reason, String detail, Integer line) {

  /** The record that lists {@code path} as not analyzed by {@code agent} (null: by no agent). */
  public NotAnalyzed notAnalyzed(String path, String agent) {
    return new NotAnalyzed(path, reason, detail, line, agent, false);
  }
}
