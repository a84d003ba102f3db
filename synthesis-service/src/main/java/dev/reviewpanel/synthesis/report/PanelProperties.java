package dev.reviewpanel.synthesis.report;

import dev.reviewpanel.events.AgentId;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.report.panel.AgentWeight;
import dev.reviewpanel.report.panel.PanelPolicy;
import dev.reviewpanel.report.panel.TieRule;
import dev.reviewpanel.report.panel.VetoRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the panel weighs its agents (docs/scoring.md): expertise weights per agent and category, the
 * weight of agents not named here (a new agent votes at it with no code change), the vetoes
 * (absent: a security finding CRITICAL with HIGH confidence rejects; an empty list: none) and the
 * tie rule.
 */
@Validated
@ConfigurationProperties("review.panel")
public record PanelProperties(
    @DecimalMin("0.0") @DecimalMax("10.0") @DefaultValue("1.0") double defaultWeight,
    Map<String, @Valid AgentProperties> agents,
    List<@Valid VetoProperties> vetoes,
    @NotNull @DefaultValue("STRICTER") TieRule tieRule) {

  /**
   * One agent's weights.
   *
   * @param categories weights for the agent's findings of a category, replacing {@code weight}
   */
  public record AgentProperties(
      @DecimalMin("0.0") @DecimalMax("10.0") @DefaultValue("1.0") double weight,
      Map<String, @NotNull @DecimalMin("0.0") @DecimalMax("10.0") Double> categories) {}

  /**
   * A veto: the agent's finding at least this severe and sure decides at least {@code decision}.
   */
  public record VetoProperties(
      @NotBlank String agent,
      String category,
      @NotNull Severity minSeverity,
      @NotNull @DefaultValue("HIGH") Confidence minConfidence,
      @NotNull @DefaultValue("REJECT") Decision decision) {}

  @AssertTrue(message = "review.panel agent ids must match [a-z][a-z0-9-]{0,39}")
  public boolean isEveryAgentIdValid() {
    boolean weights = agents == null || agents.keySet().stream().allMatch(AgentId::isValid);
    boolean vetoAgents =
        vetoes == null
            || vetoes.stream().allMatch(v -> v.agent() == null || AgentId.isValid(v.agent()));
    return weights && vetoAgents;
  }

  PanelPolicy policy() {
    Map<String, AgentWeight> weights = new LinkedHashMap<>();
    if (agents != null) {
      agents.forEach(
          (agent, p) ->
              weights.put(
                  agent,
                  new AgentWeight(p.weight(), p.categories() == null ? Map.of() : p.categories())));
    }
    List<VetoRule> rules =
        vetoes == null
            ? PanelPolicy.DEFAULT.vetoes()
            : vetoes.stream()
                .map(
                    v ->
                        new VetoRule(
                            v.agent(),
                            v.category(),
                            v.minSeverity(),
                            v.minConfidence(),
                            v.decision()))
                .toList();
    return new PanelPolicy(defaultWeight, weights, rules, tieRule);
  }
}
