package dev.reviewpanel.code.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How findings in test code are reported: a test that builds SQL from a literal, keeps a fixture
 * password or sets an insecure cookie on a test client is not a vulnerability of the product.
 * Findings of the chosen agents in files matching the patterns are reported at LOW severity and
 * confidence ({@link Mode#LOW}, the default), not reported ({@link Mode#OFF}), or left as the rule
 * says ({@link Mode#KEEP}). Applied where findings are built, never by the analyzers themselves.
 */
public final class TestCodePolicy {

  /** The patterns used when none are configured. */
  public static final List<String> DEFAULT_PATTERNS =
      List.of(
          "**/src/test/**",
          "**/test/**",
          "**/tests/**",
          "**/__tests__/**",
          "**/__mocks__/**",
          "**/testdata/**",
          "**/test-data/**",
          "**/fixtures/**",
          "**/__fixtures__/**",
          "**/test_*.py",
          "**/*_test.py",
          "**/conftest.py",
          "**/tests.py",
          "**/*.test.*",
          "**/*.spec.*",
          "**/*Test.java",
          "**/*Tests.java",
          "**/*IT.java");

  /** The agents whose findings are quieted when none are configured. */
  public static final Set<String> DEFAULT_AGENTS = Set.of("security");

  /** LOW for the security agent's findings in the default test paths. */
  public static final TestCodePolicy DEFAULTS =
      new TestCodePolicy(Mode.LOW, DEFAULT_PATTERNS, DEFAULT_AGENTS);

  /** What happens to a finding in test code. */
  public enum Mode {
    /** Reported at LOW severity and LOW confidence, saying why. */
    LOW,
    /** Not reported. */
    OFF,
    /** Reported as the rule says. */
    KEEP
  }

  private final Mode mode;
  private final List<String> patterns;
  private final List<Pattern> compiled = new ArrayList<>();
  private final Set<String> agents;

  /**
   * @param mode null for {@link Mode#LOW}
   * @param patterns globs over slash-separated paths; null or empty for {@link #DEFAULT_PATTERNS}
   * @param agents null or empty for {@link #DEFAULT_AGENTS}
   */
  public TestCodePolicy(Mode mode, List<String> patterns, Set<String> agents) {
    this.mode = mode == null ? Mode.LOW : mode;
    this.patterns =
        patterns == null || patterns.isEmpty() ? DEFAULT_PATTERNS : List.copyOf(patterns);
    this.agents =
        agents == null || agents.isEmpty()
            ? DEFAULT_AGENTS
            : agents.stream()
                .map(a -> a.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    for (String glob : this.patterns) {
      compiled.add(Pattern.compile(GlobRegex.of(glob.strip())));
    }
  }

  private TestCodePolicy(TestCodePolicy base, Map<String, Pattern> extra) {
    this.mode = base.mode;
    this.agents = base.agents;
    List<String> all = new ArrayList<>(base.patterns);
    all.addAll(extra.keySet());
    this.patterns = List.copyOf(all);
    compiled.addAll(base.compiled);
    compiled.addAll(extra.values());
  }

  /**
   * This policy with more test-code patterns, e.g. a repository's {@code tests.patterns}: the same
   * mode and agents, the extra patterns (shown as their key, already compiled) tried after its own.
   */
  public TestCodePolicy including(Map<String, Pattern> extra) {
    return extra.isEmpty() ? this : new TestCodePolicy(this, new LinkedHashMap<>(extra));
  }

  public Mode mode() {
    return mode;
  }

  public List<String> patterns() {
    return patterns;
  }

  public Set<String> agents() {
    return agents;
  }

  /**
   * The pattern by which {@code agent}'s findings in {@code path} count as test code, or empty when
   * the policy leaves them alone (another agent, not a test path, or {@link Mode#KEEP}).
   */
  public Optional<String> appliesTo(String agent, String path) {
    if (mode == Mode.KEEP || path == null || agent == null || !agents.contains(agent)) {
      return Optional.empty();
    }
    String normalized = path.replace('\\', '/');
    for (int i = 0; i < compiled.size(); i++) {
      if (compiled.get(i).matcher(normalized).matches()) {
        return Optional.of(patterns.get(i));
      }
    }
    return Optional.empty();
  }
}
