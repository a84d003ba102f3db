package dev.reviewpanel.code.config;

import dev.reviewpanel.code.catalog.RepositoryEntries;
import dev.reviewpanel.events.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository's {@code .review-panel.yml}, read and checked ({@link RepositoryConfigReader}).
 *
 * @param rules per rule id
 * @param categories per category
 * @param paths which files are analyzed
 * @param testPatterns globs of test code, besides the built-in conventions
 * @param failOn the least severe finding that fails the review, null when not set
 * @param instructions extra instructions for the LLM reviewer
 * @param digest SHA-256 of the text it was read from: part of cache keys
 * @param taint the repository's own taint sources, sinks, sanitizers, guards and propagators
 */
public record RepositoryConfig(
    Map<String, Setting> rules,
    Map<String, Setting> categories,
    PathScope paths,
    List<PathGlob> testPatterns,
    FailOn failOn,
    List<Instruction> instructions,
    String digest,
    RepositoryEntries taint) {

  /** No configuration: every rule on at its own severity, every file analyzed. */
  public static final RepositoryConfig NONE =
      new RepositoryConfig(
          Map.of(),
          Map.of(),
          PathScope.ALL,
          List.of(),
          null,
          List.of(),
          "",
          RepositoryEntries.NONE);

  public RepositoryConfig {
    rules = Map.copyOf(rules);
    categories = Map.copyOf(categories);
    testPatterns = List.copyOf(testPatterns);
    instructions = List.copyOf(instructions);
    taint = taint == null ? RepositoryEntries.NONE : taint;
  }

  /** The setting of a rule: its own where given, else its category's. */
  public Optional<Setting> settingFor(String ruleId, String category) {
    Setting own = rules.get(ruleId);
    Setting group = category == null ? null : categories.get(category);
    if (own == null || group == null) {
      return Optional.ofNullable(own != null ? own : group);
    }
    return Optional.of(
        new Setting(
            own.enabled() != null ? own.enabled() : group.enabled(),
            own.severity() != null ? own.severity() : group.severity()));
  }

  /**
   * {@code tests.patterns} as the test-code policy takes them ({@code TestCodePolicy.including}):
   * each glob, in file order, with its compiled pattern.
   */
  public Map<String, Pattern> testCodePatterns() {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    testPatterns.forEach(glob -> patterns.putIfAbsent(glob.glob(), glob.pattern()));
    return patterns;
  }

  /** The LLM instructions that apply to {@code path}, in file order. */
  public List<String> instructionsFor(String path) {
    return instructions.stream().filter(i -> i.appliesTo(path)).map(Instruction::text).toList();
  }

  /**
   * A rule's or category's setting.
   *
   * @param enabled false to switch off, null to leave as is
   * @param severity the severity its findings get, null to keep the rule's
   */
  public record Setting(Boolean enabled, Severity severity) {

    public boolean off() {
      return Boolean.FALSE.equals(enabled);
    }
  }

  /**
   * The least severe finding that fails a review.
   *
   * @param atLeast null: never by severity ({@code fail-on: none})
   */
  public record FailOn(Severity atLeast) {

    public boolean failsOn(Severity severity) {
      return atLeast != null && severity != null && severity.atLeast(atLeast);
    }
  }

  /** Extra instructions for the LLM reviewer on files matching {@code paths} (all when empty). */
  public record Instruction(List<PathGlob> paths, String text) {

    public Instruction {
      paths = List.copyOf(paths);
    }

    boolean appliesTo(String path) {
      return paths.isEmpty() || paths.stream().anyMatch(glob -> glob.matches(path));
    }
  }
}
