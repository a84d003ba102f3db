package dev.reviewpanel.worker;

import dev.reviewpanel.code.scope.TestCodePolicy;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this worker reports findings in test code (see {@code docs/findings.md}).
 *
 * @param mode {@code LOW} (default): reported at LOW severity and confidence; {@code OFF}: not
 *     reported; {@code KEEP}: as the rule says
 * @param patterns globs of test paths; empty for {@link TestCodePolicy#DEFAULT_PATTERNS}
 * @param agents the agents the policy applies to; empty for {@link TestCodePolicy#DEFAULT_AGENTS}
 *     (security)
 */
@Validated
@ConfigurationProperties("review.test-code")
public record TestCodeProperties(
    @DefaultValue("LOW") TestCodePolicy.Mode mode, List<String> patterns, Set<String> agents) {

  public TestCodePolicy policy() {
    return new TestCodePolicy(mode, patterns, agents);
  }
}
