package dev.reviewpanel.local.realworld;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code review-panel evaluate --real-world}.
 *
 * @param fetch run fetch.sh even when the cache looks complete
 * @param cache where fetch.sh keeps the corpus
 * @param projects only these projects (all when empty)
 * @param manifest the corpus manifest; fetch.sh is the script beside it
 * @param triage the committed verdicts on findings
 * @param apps our own vulnerable applications, one directory each
 * @param untriaged where to write every MEDIUM+ finding without a verdict, or null
 * @param findings where to write every MEDIUM+ finding with its verdict, or null
 * @param list how many untriaged findings and possible false positives to print
 */
record RealWorldOptions(
    boolean fetch,
    Path cache,
    List<String> projects,
    Path manifest,
    Path triage,
    Path apps,
    Path untriaged,
    Path findings,
    int list) {

  static final String FLAG = "--real-world";
  static final String USAGE =
      "usage: review-panel evaluate --real-world [--fetch] [--cache DIR] [--project NAME]..."
          + " [--untriaged FILE] [--findings FILE] [--list N] [--triage FILE] [--apps DIR] [--manifest FILE]";

  static boolean wanted(String[] args) {
    return List.of(args).contains(FLAG);
  }

  static RealWorldOptions parse(String[] args, Path home, Path defaultCache) {
    boolean fetch = false;
    Path cache = defaultCache;
    List<String> projects = new ArrayList<>();
    Path realWorld = home.resolve("evaluation").resolve("real-world");
    Path manifest = realWorld.resolve("corpus.tsv");
    Path triage = realWorld.resolve("triage.tsv");
    Path apps = home.resolve("evaluation").resolve("apps");
    Path untriaged = null;
    Path findings = null;
    int list = 20;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String inline = name.equals(arg) ? null : arg.substring(equals + 1);
      switch (name) {
        case FLAG -> {}
        case "--fetch" -> fetch = true;
        case "--cache" -> cache = Path.of(inline != null ? inline : value(args, ++i, name));
        case "--project" -> projects.add(inline != null ? inline : value(args, ++i, name));
        case "--manifest" -> manifest = Path.of(inline != null ? inline : value(args, ++i, name));
        case "--triage" -> triage = Path.of(inline != null ? inline : value(args, ++i, name));
        case "--apps" -> apps = Path.of(inline != null ? inline : value(args, ++i, name));
        case "--untriaged" -> untriaged = Path.of(inline != null ? inline : value(args, ++i, name));
        case "--findings" -> findings = Path.of(inline != null ? inline : value(args, ++i, name));
        case "--list" -> list = count(inline != null ? inline : value(args, ++i, name));
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
      }
    }
    return new RealWorldOptions(
        fetch, cache, List.copyOf(projects), manifest, triage, apps, untriaged, findings, list);
  }

  /** The cache fetch.sh uses by default: REVIEW_PANEL_CORPUS_CACHE, else under XDG_CACHE_HOME. */
  static Path defaultCache() {
    String own = System.getenv("REVIEW_PANEL_CORPUS_CACHE");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("review-panel").resolve("real-world");
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[index];
  }

  private static int count(String text) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("--list needs a number of 0 or more, not '" + text + "'");
  }
}
