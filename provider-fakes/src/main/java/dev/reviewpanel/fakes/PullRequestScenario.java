package dev.reviewpanel.fakes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pull request of {@code src/test/resources/pull-request}: a target branch and two pushes. The
 * first adds an SQL injection and a command injection; the second fixes the SQL injection, keeps
 * the command injection and adds an unsafe deserialization.
 */
public final class PullRequestScenario {

  public static final String BASE = "base";
  public static final String PUSH_1 = "push-1";
  public static final String PUSH_2 = "push-2";

  private static final Map<String, List<String>> FILES =
      Map.of(
          BASE, List.of("app/users.py"),
          PUSH_1, List.of("app/users.py", "app/archive.py"),
          PUSH_2, List.of("app/users.py", "app/archive.py", "app/session.py"));

  private PullRequestScenario() {}

  /**
   * A snapshot as a team that adopted Review Panel keeps it: on the target branch {@code
   * .review-panel.yml} ({@code fail-on: high}), a baseline accepting the command injection {@code
   * app/reports.py} had then, and that file; on both pushes the same settings, {@code
   * app/reports.py} with the accepted line moved into an {@code if} (changed, so reviewed, but the
   * same code: still accepted) and a new call suppressed inline with a reason.
   */
  public static Map<String, String> adopted(String name) {
    Map<String, String> files = snapshot(name);
    for (String path : List.of(".review-panel.yml", ".review-panel-baseline.json")) {
      files.put(path, resource("pull-request/local/base/" + path));
    }
    String reports = name.equals(BASE) ? "base" : "push";
    files.put("app/reports.py", resource("pull-request/local/" + reports + "/app/reports.py"));
    return files;
  }

  /** The files of one snapshot, path to text. */
  public static Map<String, String> snapshot(String name) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : FILES.get(name)) {
      files.put(path, resource("pull-request/" + name + "/" + path));
    }
    return files;
  }

  private static String resource(String resource) {
    try (InputStream in =
        PullRequestScenario.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
