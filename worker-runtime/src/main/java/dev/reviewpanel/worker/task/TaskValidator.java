package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.config.InvalidConfigException;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.events.ReviewTask;
import java.util.ArrayList;
import java.util.List;

/** Rejects tasks this worker cannot process, before any work or any event. */
class TaskValidator {

  private final String agent;

  TaskValidator(String agent) {
    this.agent = agent;
  }

  /** Returns the task when it is valid, else throws {@link InvalidTaskException}. */
  ReviewTask validate(ReviewTask task) {
    if (task == null) {
      throw new InvalidTaskException("the record has no task (null value)");
    }
    List<String> errors = new ArrayList<>();
    if (isBlank(task.reviewId())) {
      errors.add("reviewId is missing");
    }
    if (isBlank(task.taskId())) {
      errors.add("taskId is missing");
    }
    if (!agent.equals(task.agent())) {
      errors.add("agent is '" + task.agent() + "' but this worker is '" + agent + "'");
    }
    if (task.files().isEmpty()) {
      errors.add("files are missing");
    }
    for (int i = 0; i < task.files().size(); i++) {
      ReviewTask.File file = task.files().get(i);
      if (file == null || isBlank(file.path()) || file.content() == null) {
        errors.add("files[" + i + "] needs a path and content");
      }
    }
    try {
      RepositoryConfigReader.read(task.config());
    } catch (InvalidConfigException e) {
      // intake checks it: a task that still has a bad one is dead-lettered with why, never run
      errors.add("config: " + e.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new InvalidTaskException("invalid task: " + String.join("; ", errors));
    }
    return task;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
