package dev.reviewpanel.code.catalog;

import dev.reviewpanel.code.analysis.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Sources, sinks, sanitizers, guards and propagators a repository adds for its own reviews (the
 * {@code taint} section of {@code .review-panel.yml}), in the catalog's format. They join the
 * catalog's entries in {@link Catalog#with(RepositoryEntries)} and feed its rules; they never
 * change another repository's reviews.
 */
public final class RepositoryEntries {

  /** No entries of the repository's own. */
  public static final RepositoryEntries NONE = new RepositoryEntries(new Catalog.Builder(), "");

  static final Set<String> SECTIONS =
      Set.of("sources", "sinks", "sanitizers", "guards", "lookups", "propagators");

  // the languages the taint engine runs on; Java's flow analyzers do not read catalog entries
  static final Set<Language> LANGUAGES =
      EnumSet.of(Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT);

  private final Catalog.Builder entries;
  private final String digest;

  private RepositoryEntries(Catalog.Builder entries, String digest) {
    this.entries = entries;
    this.digest = digest;
  }

  /**
   * One thing wrong with an entry.
   *
   * @param key where, as a dotted key path such as {@code taint.sinks[0]}
   * @param line 1-based line, 0 when unknown
   */
  public record Problem(String key, int line, String message) {}

  /**
   * Reads the section {@code key} of a configuration file named {@code origin}.
   *
   * @param section the composed section, null when the file has none
   * @param text the section's text as written, for {@link #digest()}
   * @param problems where every broken entry is reported; the result is then not to be used
   */
  public static RepositoryEntries read(
      Node section, String key, String text, String origin, List<Problem> problems) {
    if (section == null) {
      return NONE;
    }
    Catalog.Builder entries = new Catalog.Builder();
    problems.addAll(new CatalogLoader(origin, entries).loadRepositoryEntries(section, key));
    return new RepositoryEntries(entries, digest(text));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Changes whenever the entries do: what engines built with them are kept by. */
  public String digest() {
    return digest;
  }

  Catalog.Builder entries() {
    return entries;
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
