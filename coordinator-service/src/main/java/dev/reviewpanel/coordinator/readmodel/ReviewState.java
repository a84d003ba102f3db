package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything known about one review; only touched under the store's lock. */
final class ReviewState {

  private static final String UNKNOWN_AGENT = "unknown";

  private final String reviewId;
  private final int maxEvents;
  private Instant submittedAt;
  private SourceRef source;
  private final List<ReviewEvent> events = new ArrayList<>();
  private final Map<String, AgentProgress> agents = new LinkedHashMap<>();
  private boolean accepted;
  private boolean running;
  private ReviewStatus readyStatus;
  private ReviewStatus reportStatus;
  private List<ReviewReport.AgentSummary> reportAgents = List.of();
  private ReviewReport report;
  private boolean reportEvicted;
  // the verdict outlives an evicted report, for the recent reviews list
  private String decision;
  private Integer riskScore;
  private Instant completedAt;
  private Integer reportedFindings;

  ReviewState(String reviewId, Instant submittedAt, int maxEvents) {
    this.reviewId = reviewId;
    this.submittedAt = submittedAt;
    this.maxEvents = maxEvents;
  }

  /** Marks the review as accepted by this instance. */
  void claimed(Instant submittedAt, SourceRef source) {
    accepted = true;
    this.submittedAt = submittedAt;
    source(source);
  }

  /**
   * True once the review is known to be accepted: claimed here, or its transactional ACCEPTED,
   * PLANNED or report was read; worker events alone do not prove it.
   */
  boolean accepted() {
    return accepted;
  }

  void source(SourceRef source) {
    if (source != null) {
      this.source = source;
    }
  }

  void planned(Map<String, Integer> tasksByAgent) {
    tasksByAgent.forEach((agent, tasks) -> agent(agent).planned(tasks));
  }

  /** Records the event; false when it was not kept for replay (a FINDING beyond the cap). */
  boolean apply(ReviewEvent event) {
    String agent = event.agent();
    Map<String, Object> data = event.data();
    switch (event.type()) {
      case ACCEPTED -> {
        accepted = true;
        submittedAt = EventData.instant(data, "submittedAt", submittedAt);
      }
      case PLANNED -> {
        accepted = true;
        planned(EventData.counts(data, "tasksByAgent"));
      }
      case AGENT_STARTED -> started(agent).started();
      case AGENT_COMPLETED -> started(agent).completed(EventData.text(data, "taskId"));
      case AGENT_FAILED -> started(agent).failed(EventData.text(data, "taskId"));
      case FINDING -> started(agent).finding(EventData.text(data, "fingerprint"));
      case REPORT_READY -> {
        readyStatus = EventData.status(data, readyStatus);
        decision = decision == null ? EventData.text(data, "decision") : decision;
        riskScore = riskScore == null ? EventData.integer(data, "riskScore") : riskScore;
        completedAt = completedAt == null ? event.occurredAt() : completedAt;
      }
    }
    if (event.type() == ReviewEvent.Type.FINDING && events.size() >= maxEvents) {
      return false;
    }
    events.add(event);
    return true;
  }

  void report(ReviewReport report) {
    // synthesis reports only on a committed plan, so a report proves acceptance
    accepted = true;
    this.report = report;
    reportEvicted = false;
    reportStatus =
        report.status() == null
            ? ReviewStatus.COMPLETE
            : ReviewStatus.valueOf(report.status().name());
    reportAgents = report.agents();
    decision = report.decision() == null ? decision : report.decision().name();
    riskScore = report.riskScore();
    completedAt = report.completedAt() == null ? completedAt : report.completedAt();
    reportedFindings = report.findings().size();
    if (submittedAt == null) {
      submittedAt = report.submittedAt();
    }
    source(report.source());
  }

  /** Lets go of the full report, keeping its status and per-agent outcomes. */
  void evictReport() {
    if (report != null) {
      report = null;
      reportEvicted = true;
    }
  }

  List<ReviewEvent> events() {
    return List.copyOf(events);
  }

  boolean finished() {
    return reportStatus != null || readyStatus != null;
  }

  ReviewView view() {
    List<ReviewView.AgentView> views = new ArrayList<>();
    agents.forEach((agent, progress) -> views.add(progress.view(agent)));
    views.replaceAll(this::withReport);
    // agents only the report names, e.g. after the events aged out of the topic
    reportAgents.stream()
        .filter(summary -> !agents.containsKey(agentName(summary.agent())))
        .forEach(
            summary ->
                views.add(
                    withReport(
                        new ReviewView.AgentView(
                            agentName(summary.agent()), "PENDING", 0, 0, 0, 0))));
    return new ReviewView(
        reviewId, status(), List.copyOf(views), submittedAt, source, report, reportEvicted);
  }

  ReviewSummary summary() {
    List<ReviewView.AgentView> views = view().agents();
    int findings =
        reportedFindings != null
            ? reportedFindings
            : views.stream().mapToInt(ReviewView.AgentView::findings).sum();
    return new ReviewSummary(
        reviewId,
        status(),
        decision,
        riskScore,
        source,
        submittedAt,
        completedAt,
        findings,
        views.size());
  }

  private ReviewStatus status() {
    if (reportStatus != null) {
      return reportStatus;
    }
    if (readyStatus != null) {
      return readyStatus;
    }
    return running ? ReviewStatus.RUNNING : ReviewStatus.PENDING;
  }

  private ReviewView.AgentView withReport(ReviewView.AgentView view) {
    return reportAgents.stream()
        .filter(summary -> Objects.equals(agentName(summary.agent()), view.agent()))
        .findFirst()
        .map(
            summary ->
                new ReviewView.AgentView(
                    view.agent(),
                    summary.status() == null ? view.status() : summary.status().name(),
                    view.tasks(),
                    view.completedTasks(),
                    view.failedTasks(),
                    summary.findings()))
        .orElse(view);
  }

  private AgentProgress started(String agent) {
    running = true;
    return agent(agent);
  }

  private AgentProgress agent(String agent) {
    return agents.computeIfAbsent(agentName(agent), a -> new AgentProgress());
  }

  private static String agentName(String agent) {
    return agent == null ? UNKNOWN_AGENT : agent;
  }
}
