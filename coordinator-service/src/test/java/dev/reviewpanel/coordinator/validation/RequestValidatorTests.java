package dev.reviewpanel.coordinator.validation;

import static dev.reviewpanel.coordinator.Requests.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.coordinator.Requests;
import dev.reviewpanel.coordinator.TestConfig;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.report.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class RequestValidatorTests {

  private final RequestValidator validator =
      new RequestValidator(
          new LimitsProperties(
              3,
              DataSize.ofBytes(100),
              DataSize.ofBytes(250),
              40,
              Duration.ofMinutes(30),
              DataSize.ofKilobytes(10)),
          TestConfig.registry());

  @Test
  void shouldAcceptAReasonableRequest() {
    assertThatCode(
            () ->
                validator.validate(
                    Requests.withAgents(
                        List.of("security", "bug"),
                        file("src/A.java", "class A {}\n"),
                        file("README.md", "# hi\n"))))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectARequestWithoutFiles() {
    assertRejected(() -> validator.validate(Requests.of()), Rejection.NO_FILES, "files");
  }

  @Test
  void shouldRejectTooManyFilesWith413() {
    ReviewRequest.File[] files =
        IntStream.range(0, 4)
            .mapToObj(i -> file("f" + i + ".py", "x\n"))
            .toArray(ReviewRequest.File[]::new);

    assertRejected(() -> validator.validate(Requests.of(files)), Rejection.TOO_MANY_FILES, "files");
    assertThat(Rejection.TOO_MANY_FILES.httpStatus()).isEqualTo(413);
  }

  @Test
  void shouldRejectAFileOverTheByteLimit() {
    // 51 two-byte characters: 102 bytes though only 51 chars
    String content = "é".repeat(30) + "\n" + "é".repeat(20);

    assertRejected(
        () -> validator.validate(Requests.of(file("a.py", content))),
        Rejection.FILE_TOO_LARGE,
        "files[0].content");
  }

  @Test
  void shouldRejectFilesOverTheTotalLimit() {
    String ninety = ("x".repeat(29) + "\n").repeat(3);

    assertRejected(
        () ->
            validator.validate(
                Requests.of(file("a.py", ninety), file("b.py", ninety), file("c.py", ninety))),
        Rejection.TOTAL_TOO_LARGE,
        "files");
  }

  @Test
  void shouldRejectALineOverTheLengthLimit() {
    assertRejected(
        () -> validator.validate(Requests.of(file("a.py", "ok\n" + "y".repeat(41) + "\n"))),
        Rejection.LINE_TOO_LONG,
        "files[0].content");
  }

  @Test
  void shouldRejectBinaryContent() {
    assertRejected(
        () -> validator.validate(Requests.of(file("a.py", "abc\u0000def"))),
        Rejection.BINARY_CONTENT,
        "files[0].content");
  }

  @Test
  void shouldRejectBrokenUnicode() {
    assertRejected(
        () -> validator.validate(Requests.of(file("a.py", "abc\uD800def"))),
        Rejection.INVALID_UTF8,
        "files[0].content");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/etc/passwd",
        "../secret.py",
        "src/../../x.py",
        "src\\win.py",
        "C:/x.py",
        "src//a.py",
        "./a.py",
        ""
      })
  void shouldRejectPathsThatEscapeOrAreNotRelative(String path) {
    assertRejected(
        () -> validator.validate(Requests.of(file("ok.py", "x\n"), file(path, "x\n"))),
        Rejection.INVALID_PATH,
        "files[1].path");
  }

  @Test
  void shouldRejectDuplicatePaths() {
    assertRejected(
        () -> validator.validate(Requests.of(file("a.py", "x\n"), file("a.py", "y\n"))),
        Rejection.DUPLICATE_PATH,
        "files[1].path");
  }

  @Test
  void shouldRejectMissingContent() {
    assertRejected(
        () -> validator.validate(Requests.of(file("a.py", null))),
        Rejection.MISSING_CONTENT,
        "files[0].content");
  }

  @Test
  void shouldRejectInvalidAndUnregisteredAgents() {
    assertRejected(
        () -> validator.validate(Requests.withAgents(List.of("Security!"), file("a.py", "x"))),
        Rejection.INVALID_AGENT,
        "agents[0]");
    assertRejected(
        () ->
            validator.validate(
                Requests.withAgents(List.of("bug", "accessibility"), file("a.py", "x"))),
        Rejection.UNKNOWN_AGENT,
        "agents[1]");
    assertRejected(
        () -> validator.validate(Requests.withAgents(List.of(), file("a.py", "x"))),
        Rejection.INVALID_AGENT,
        "agents");
  }

  @Test
  void shouldRejectTimeoutsOutsideTheAllowedRange() {
    for (Duration timeout :
        List.of(Duration.ZERO, Duration.ofSeconds(-5), Duration.ofMinutes(31))) {
      assertRejected(
          () -> validator.validate(Requests.withTimeout(timeout, file("a.py", "x"))),
          Rejection.INVALID_TIMEOUT,
          "timeout");
    }
    assertThatCode(
            () ->
                validator.validate(Requests.withTimeout(Duration.ofMinutes(30), file("a.py", "x"))))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectAReviewIdThatIsNotAUuid() {
    assertRejected(
        () -> validator.validate(Requests.withIds("review-1", null, file("a.py", "x"))),
        Rejection.INVALID_REVIEW_ID,
        "reviewId");
  }

  @Test
  void shouldRejectAnUnreadableDiff() {
    assertRejected(
        () ->
            validator.validate(
                Requests.withDiff(Fixtures.text("diffs/truncated.diff"), file("src/A.java", "x"))),
        Rejection.INVALID_DIFF,
        "diff");
  }

  @Test
  void shouldRejectAnInvalidRepositoryConfigNamingKeyAndLine() {
    assertThatThrownBy(
            () ->
                validator.validate(
                    Requests.withRepositorySettings(
                        "rules:\n  java.weak-hash: maybe\n", null, file("a.py", "x"))))
        .isInstanceOfSatisfying(
            ReviewRejectedException.class,
            e -> {
              assertThat(e.rejection()).isEqualTo(Rejection.INVALID_CONFIG);
              assertThat(e.field()).isEqualTo("config");
              assertThat(e.getMessage()).contains("line 2: rules.java.weak-hash must be one of");
            });
    assertThatCode(
            () ->
                validator.validate(
                    Requests.withRepositorySettings(
                        "rules:\n  java.weak-hash: off\n", null, file("a.py", "x"))))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectABaselineEntryWithoutFingerprint() {
    Baseline baseline =
        new Baseline(
            1,
            List.of(
                new Baseline.Entry("3f1a", "python.weak-hash", "a.py"),
                new Baseline.Entry(" ", "python.weak-hash", "a.py")));

    assertRejected(
        () ->
            validator.validate(Requests.withRepositorySettings(null, baseline, file("a.py", "x"))),
        Rejection.INVALID_BASELINE,
        "baseline.findings[1].fingerprint");
  }

  private static void assertRejected(ThrowingCallable call, Rejection rejection, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ReviewRejectedException.class,
            e -> {
              assertThat(e.rejection()).isEqualTo(rejection);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
