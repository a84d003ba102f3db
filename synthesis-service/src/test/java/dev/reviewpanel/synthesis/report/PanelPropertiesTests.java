package dev.reviewpanel.synthesis.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.report.assembly.ReportAssembler;
import dev.reviewpanel.report.panel.PanelPolicy;
import dev.reviewpanel.report.panel.TieRule;
import dev.reviewpanel.report.panel.VetoRule;
import dev.reviewpanel.report.risk.RiskBands;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class PanelPropertiesTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({DecisionProperties.class, PanelProperties.class})
  static class Bound {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Bound.class, ReportConfiguration.class);

  @Test
  void shouldDefaultToTheDocumentedPanelAndBands() {
    runner.run(
        context -> {
          assertThat(context.getBean(DecisionProperties.class).bands())
              .isEqualTo(RiskBands.DEFAULT);
          PanelPolicy policy = context.getBean(PanelProperties.class).policy();
          assertThat(policy.defaultWeight()).isEqualTo(1.0);
          assertThat(policy.vetoes()).containsExactly(VetoRule.SECURITY_CRITICAL);
          assertThat(policy.tieRule()).isEqualTo(TieRule.STRICTER);
          assertThat(context).hasSingleBean(ReportAssembler.class);
        });
  }

  @Test
  void shouldBindWeightsPerAgentAndCategoryVetoesAndTheTieRule() {
    runner
        .withPropertyValues(
            "review.panel.default-weight=0.5",
            "review.panel.agents.security.weight=2",
            "review.panel.agents.security.categories.crypto=0.3",
            "review.panel.vetoes[0].agent=accessibility",
            "review.panel.vetoes[0].min-severity=HIGH",
            "review.panel.vetoes[0].decision=REQUEST_CHANGES",
            "review.panel.tie-rule=EXPERT",
            "review.decision.request-changes-at=20",
            "review.decision.reject-at=60")
        .run(
            context -> {
              PanelPolicy policy = context.getBean(PanelProperties.class).policy();
              assertThat(policy.of("security", "crypto")).isEqualTo(0.3);
              assertThat(policy.of("security", "injection")).isEqualTo(2.0);
              assertThat(policy.of("accessibility", "keyboard")).isEqualTo(0.5);
              assertThat(policy.vetoes())
                  .containsExactly(
                      new VetoRule(
                          "accessibility",
                          null,
                          Severity.HIGH,
                          Confidence.HIGH,
                          Decision.REQUEST_CHANGES));
              assertThat(policy.tieRule()).isEqualTo(TieRule.EXPERT);
              assertThat(context.getBean(DecisionProperties.class).bands())
                  .isEqualTo(new RiskBands(20, 60));
            });
  }

  @Test
  void shouldRefuseToStartWithInvalidWeightsBandsOrAgentIds() {
    runner
        .withPropertyValues("review.panel.agents.security.weight=-1")
        .run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues("review.panel.agents.security.categories.crypto=11")
        .run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues("review.panel.agents.Security_Team.weight=1")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("agent ids must match"));
    runner
        .withPropertyValues("review.decision.request-changes-at=70", "review.decision.reject-at=30")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("must be below reject-at"));
    runner
        .withPropertyValues("review.panel.vetoes[0].agent=security")
        .run(context -> assertThat(context).as("a veto needs its severity").hasFailed());
  }
}
