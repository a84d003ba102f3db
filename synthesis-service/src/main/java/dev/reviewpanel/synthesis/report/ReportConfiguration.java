package dev.reviewpanel.synthesis.report;

import dev.reviewpanel.report.assembly.ReportAssembler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report assembly of the review-report library, with this service's bands and panel. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

  @Bean
  ReportAssembler reportAssembler(DecisionProperties decision, PanelProperties panel) {
    return new ReportAssembler(decision.bands(), panel.policy());
  }
}
