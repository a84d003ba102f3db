package dev.reviewpanel.local.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short fault suite, as {@code review-panel chaos --short} runs it: a standalone broker and
 * four services as processes of their own, 100 reviews, one worker killed with -9 and restarted,
 * another stopped (SIGSTOP) in the middle of analyzing, past its task budget and its poll interval.
 * Nothing may be lost, duplicated, PARTIAL or dead-lettered, and both must recover. Skipped where
 * processes cannot be started or signalled.
 */
class ChaosSuiteTests {

  @Test
  void shouldLoseDuplicateAndTruncateNothingWhenAWorkerIsKilledAndAnotherPaused(@TempDir Path dir)
      throws Exception {
    assumeTrue(
        canRun("kill", "-0", Long.toString(ProcessHandle.current().pid())),
        "no working `kill` command: a process cannot be paused (SIGSTOP), chaos suite skipped");
    assumeTrue(
        canRun(javaBin(), "-version"),
        "cannot start another JVM here: the chaos suite needs one process per service");
    ChaosOptions options =
        ChaosOptions.parse(
            new String[] {"--short", "--work-dir=" + dir, "--examples=../examples/request.json"});
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ChaosCommand.Result result =
        ChaosCommand.of(options).execute(new PrintStream(printed, true, StandardCharsets.UTF_8));

    String report = printed.toString(StandardCharsets.UTF_8);
    assertThat(result.accepted()).as(report).isGreaterThanOrEqualTo(90);
    assertThat(result.lost()).as(report).isEmpty();
    assertThat(result.duplicated()).as(report).isEmpty();
    assertThat(result.partial()).as(report).isZero();
    assertThat(result.deadLettered()).as(report).isZero();
    assertThat(result.faults()).as(report).hasSize(2).allMatch(f -> f.recoveredAt() > 0);
    assertThat(report).contains("Recovery (seconds after the fault)", "PASSED");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean canRun(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
