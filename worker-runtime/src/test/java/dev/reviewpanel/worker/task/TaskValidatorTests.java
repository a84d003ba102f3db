package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.events.ReviewTask;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskValidatorTests {

  private final TaskValidator validator = new TaskValidator("security");

  @Test
  void shouldAcceptCompleteTaskForThisAgent() {
    ReviewTask task = task("r1", "r1:security:0", "security", file("A.java", "class A {}"));

    assertThat(validator.validate(task)).isSameAs(task);
  }

  @Test
  void shouldRejectTaskForAnotherAgent() {
    ReviewTask task = task("r1", "r1:bug:0", "bug", file("A.java", "class A {}"));

    assertThatThrownBy(() -> validator.validate(task))
        .isInstanceOf(InvalidTaskException.class)
        .hasMessageContaining("agent is 'bug' but this worker is 'security'");
  }

  @Test
  void shouldListEveryProblemOfAnIncompleteTask() {
    ReviewTask task = task(null, " ", "security", file("A.java", null), file(null, "x"));

    assertThatThrownBy(() -> validator.validate(task))
        .isInstanceOf(InvalidTaskException.class)
        .hasMessageContainingAll(
            "reviewId is missing",
            "taskId is missing",
            "files[0] needs a path and content",
            "files[1] needs a path and content");
  }

  @Test
  void shouldRejectTaskWithoutFilesAndEmptyRecords() {
    assertThatThrownBy(() -> validator.validate(task("r1", "r1:security:0", "security")))
        .hasMessageContaining("files are missing");
    assertThatThrownBy(() -> validator.validate(null))
        .isInstanceOf(InvalidTaskException.class)
        .hasMessageContaining("null value");
  }

  private static ReviewTask task(
      String reviewId, String taskId, String agent, ReviewTask.File... files) {
    return new ReviewTask(1, null, reviewId, taskId, agent, null, List.of(files), null);
  }

  private static ReviewTask.File file(String path, String content) {
    return new ReviewTask.File(path, null, content, null);
  }
}
