package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything known about one review; only touched under the store's lock. */
final class ReviewState {

  private final String reviewId;
  private final int maxEvents;
  private Instant submittedAt;
  private SourceRef source;
  private final List<ReviewEvent> events = new ArrayList<>();
  private final Map<String, AgentProgress> agents = new LinkedHashMap<>();
  private boolean running;
  private ReviewStatus readyStatus;
  private ReviewReport report;

  ReviewState(String reviewId, Instant submittedAt, int maxEvents) {
    this.reviewId = reviewId;
    this.submittedAt = submittedAt;
    this.maxEvents = maxEvents;
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
      case ACCEPTED -> submittedAt = EventData.instant(data, "submittedAt", submittedAt);
      case PLANNED -> planned(EventData.counts(data, "tasksByAgent"));
      case AGENT_STARTED -> started(agent).started();
      case AGENT_COMPLETED -> started(agent).completed(EventData.text(data, "taskId"));
      case AGENT_FAILED -> started(agent).failed(EventData.text(data, "taskId"));
      case FINDING -> started(agent).finding(EventData.text(data, "fingerprint"));
      case REPORT_READY -> readyStatus = EventData.status(data, readyStatus);
    }
    if (event.type() == ReviewEvent.Type.FINDING && events.size() >= maxEvents) {
      return false;
    }
    events.add(event);
    return true;
  }

  void report(ReviewReport report) {
    this.report = report;
    if (submittedAt == null) {
      submittedAt = report.submittedAt();
    }
    source(report.source());
  }

  List<ReviewEvent> events() {
    return List.copyOf(events);
  }

  boolean finished() {
    return report != null || readyStatus != null;
  }

  ReviewView view() {
    List<ReviewView.AgentView> views = new ArrayList<>();
    agents.forEach((agent, progress) -> views.add(progress.view(agent)));
    if (report != null) {
      views.replaceAll(view -> withReport(view, report));
    }
    return new ReviewView(reviewId, status(), List.copyOf(views), submittedAt, source, report);
  }

  private ReviewStatus status() {
    if (report != null) {
      return ReviewStatus.valueOf(report.status().name());
    }
    if (readyStatus != null) {
      return readyStatus;
    }
    return running ? ReviewStatus.RUNNING : ReviewStatus.PENDING;
  }

  private static ReviewView.AgentView withReport(ReviewView.AgentView view, ReviewReport report) {
    return report.agents().stream()
        .filter(summary -> summary.agent().equals(view.agent()))
        .findFirst()
        .map(
            summary ->
                new ReviewView.AgentView(
                    view.agent(),
                    summary.status().name(),
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
    return agents.computeIfAbsent(agent == null ? "unknown" : agent, a -> new AgentProgress());
  }
}
