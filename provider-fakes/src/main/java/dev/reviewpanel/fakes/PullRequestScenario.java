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

  /** The files of one snapshot, path to text. */
  public static Map<String, String> snapshot(String name) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : FILES.get(name)) {
      String resource = "pull-request/" + name + "/" + path;
      try (InputStream in =
          PullRequestScenario.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource " + resource);
        }
        files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
