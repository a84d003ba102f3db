package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.config.InvalidConfigException;
import dev.reviewpanel.code.config.RepositoryConfig;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.EventJson;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;

/**
 * The analyzed root's {@code .review-panel.yml} and {@code .review-panel-baseline.json}, or the
 * files {@code --config} and {@code --baseline} name. A file that cannot be used stops the run
 * (exit 2) with its key and line: offline as in the service, nothing falls back to defaults.
 *
 * @param configText the configuration as written, for {@code submit} to send; null without one
 */
public record RepositorySettings(RepositoryConfig config, Baseline baseline, String configText) {

  static final String CONFIG_FILE = RepositoryConfigReader.FILE_NAME;
  static final String BASELINE_FILE = ".review-panel-baseline.json";

  /** The settings of {@code root}, or of the files named ({@code null}: the root's own). */
  public static RepositorySettings load(Path root, Path config, Path baseline) {
    String text = configText(root, config);
    return new RepositorySettings(
        readConfig(root, config, text), readBaseline(root, baseline), text);
  }

  ReviewPolicy policy() {
    return new ReviewPolicy(config, baseline);
  }

  private static String configText(Path root, Path named) {
    Path file = named == null ? root.resolve(CONFIG_FILE) : root.resolve(named);
    if (named == null && !Files.isRegularFile(file)) {
      return null;
    }
    return AnalyzeCommand.read(existing(file));
  }

  private static RepositoryConfig readConfig(Path root, Path named, String text) {
    if (text == null) {
      return RepositoryConfig.NONE;
    }
    Path file = named == null ? root.resolve(CONFIG_FILE) : root.resolve(named);
    try {
      return RepositoryConfigReader.read(text, shown(root, file));
    } catch (InvalidConfigException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static Baseline readBaseline(Path root, Path named) {
    Path file = named == null ? root.resolve(BASELINE_FILE) : root.resolve(named);
    if (named == null && !Files.isRegularFile(file)) {
      return Baseline.EMPTY;
    }
    try {
      Baseline baseline =
          EventJson.mapper().readValue(AnalyzeCommand.read(existing(file)), Baseline.class);
      if (baseline.findings().stream()
          .anyMatch(e -> e == null || e.fingerprint() == null || e.fingerprint().isBlank())) {
        throw new IllegalArgumentException(
            shown(root, file) + " is invalid: every finding needs a fingerprint");
      }
      return baseline;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          shown(root, file) + " is not a baseline: " + e.getOriginalMessage());
    }
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    return file;
  }

  private static String shown(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
  }
}
