package dev.reviewpanel.security.templates;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One template engine's syntax as data ({@code templates/engines.yml}): where it writes a value
 * without escaping, and what makes a written value harmless. Optional patterns are null.
 */
record TemplateEngine(
    String id,
    String name,
    Set<Language> languages,
    Pattern detect,
    List<Pattern> blank,
    List<Output> outputs,
    List<RawBlock> rawBlocks,
    List<Pattern> code,
    Pattern assignment,
    Pattern filters,
    Set<String> safeFilters,
    Pattern unwrap,
    List<Pattern> escapes,
    List<Pattern> ignore,
    List<Pattern> request,
    Pattern textTemplate,
    Macros macros,
    Rule rule,
    String finding) {

  /**
   * An unescaped write: {@code explicit} when the syntax was chosen to skip escaping, {@code
   * inRawBlock} when it is unescaped only inside a {@link RawBlock}.
   */
  record Output(Pattern pattern, boolean explicit, boolean inRawBlock) {}

  /** A block that turns escaping off, such as {@code {% autoescape off %}}. */
  record RawBlock(Pattern start, Pattern end) {}

  /**
   * Reusable blocks (Pug mixins) whose parameters may be written unescaped; {@code indentBody}: the
   * body is the lines indented deeper than the definition.
   */
  record Macros(Pattern define, boolean indentBody, Pattern call) {}

  boolean appliesTo(Language language, String content) {
    return languages.contains(language) && (detect == null || detect.matcher(content).find());
  }
}
