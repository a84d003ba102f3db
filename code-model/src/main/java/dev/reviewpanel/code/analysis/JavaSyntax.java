package dev.reviewpanel.code.analysis;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;

/**
 * JavaParser set up for analysis rather than for refactoring: Java 21 grammar (so {@code yield},
 * records, sealed types and patterns parse), but none of the per-parse processors a refactoring
 * tool needs. Left out: the language-level validators (a second full walk of the tree that only
 * reports code javac would reject: a reviewer wants findings on such code, not a refusal), comment
 * attribution (no analyzer reads comments from the AST; {@code CatchBody} reads the source text),
 * lexical preservation and line-separator detection. Kept: turning {@code var} into a {@code
 * VarType}, which analyzers rely on. Tokens stay stored: node positions are derived from them.
 */
final class JavaSyntax {

  /**
   * Deepest bracket nesting a file may have to be parsed. Hand-written code stays under a hundred;
   * past this only generated or hostile input, whose tree would also overflow the recursive
   * visitors analyzers use. The engine's analysis threads have stacks sized for this depth.
   */
  static final int MAX_NESTING = 2_500;

  private JavaSyntax() {}

  /** The deepest nesting of (), [] and {} outside comments, strings and character literals. */
  static int nestingDepth(String source) {
    int depth = 0;
    int deepest = 0;
    int n = source.length();
    for (int i = 0; i < n; i++) {
      char c = source.charAt(i);
      switch (c) {
        case '(', '[', '{' -> deepest = Math.max(deepest, ++depth);
        case ')', ']', '}' -> depth = Math.max(0, depth - 1);
        case '"', '\'' -> i = endOfLiteral(source, i);
        case '/' -> i = endOfComment(source, i);
        default -> {
          // other characters do not nest
        }
      }
    }
    return deepest;
  }

  // Index of the closing quote of the literal opening at start (text blocks included), or the end.
  private static int endOfLiteral(String source, int start) {
    char quote = source.charAt(start);
    boolean textBlock = quote == '"' && source.startsWith("\"\"\"", start);
    int i = textBlock ? start + 3 : start + 1;
    for (; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (textBlock ? source.startsWith("\"\"\"", i) : c == quote) {
        return textBlock ? i + 2 : i;
      } else if (!textBlock && c == '\n') {
        return i; // unterminated: the parser will say so
      }
    }
    return source.length();
  }

  private static int endOfComment(String source, int slash) {
    if (source.startsWith("//", slash)) {
      int end = source.indexOf('\n', slash);
      return end < 0 ? source.length() : end;
    }
    if (source.startsWith("/*", slash)) {
      int end = source.indexOf("*/", slash + 2);
      return end < 0 ? source.length() : end + 1;
    }
    return slash;
  }

  static ParseResult<CompilationUnit> parse(String source) {
    return new JavaParser(configuration(source.contains("var"))).parse(source);
  }

  // A fresh configuration per parse: ParserConfiguration is mutable and shared state is not ours.
  // Without the letters "var" in the text no type is named var, and the post-processing step (a
  // walk of the whole tree) has nothing to do.
  private static ParserConfiguration configuration(boolean mayNameVar) {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
            .setAttributeComments(false)
            .setLexicalPreservationEnabled(false)
            .setDetectOriginalLineSeparator(false);
    configuration.getProcessors().clear();
    if (mayNameVar) {
      configuration.getProcessors().add(VarTypes::new);
    }
    return configuration;
  }

  /** Only the Java 10 post-processing step: {@code var} declarations get a {@code VarType}. */
  private static final class VarTypes extends Processor {

    private final Java10PostProcessor java10 = new Java10PostProcessor();

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      java10.postProcess(result, configuration);
    }
  }
}
