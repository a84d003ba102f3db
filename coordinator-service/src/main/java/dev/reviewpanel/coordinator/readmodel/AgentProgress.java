package dev.reviewpanel.coordinator.readmodel;

import java.util.HashSet;
import java.util.Set;

/** What the events say about one agent of one review; duplicate deliveries count once. */
final class AgentProgress {

  private int tasks;
  private boolean started;
  private int completedWithoutId;
  private int failedWithoutId;
  private int findingsWithoutId;
  private final Set<String> completed = new HashSet<>();
  private final Set<String> failed = new HashSet<>();
  private final Set<String> findings = new HashSet<>();

  void planned(int taskCount) {
    tasks = taskCount;
  }

  void started() {
    started = true;
  }

  void completed(String taskId) {
    started = true;
    if (taskId == null) {
      completedWithoutId++;
    } else if (!failed.contains(taskId)) {
      completed.add(taskId);
    }
  }

  void failed(String taskId) {
    started = true;
    if (taskId == null) {
      failedWithoutId++;
    } else if (!completed.contains(taskId)) {
      failed.add(taskId);
    }
  }

  void finding(String fingerprint) {
    started = true;
    if (fingerprint == null) {
      findingsWithoutId++;
    } else {
      findings.add(fingerprint);
    }
  }

  ReviewView.AgentView view(String agent) {
    int done = completed.size() + completedWithoutId;
    int broken = failed.size() + failedWithoutId;
    String status;
    if (tasks > 0 && done + broken >= tasks) {
      status = broken > 0 ? "FAILED" : "COMPLETED";
    } else if (started) {
      status = "RUNNING";
    } else {
      status = "PENDING";
    }
    return new ReviewView.AgentView(
        agent, status, tasks, done, broken, findings.size() + findingsWithoutId);
  }
}
