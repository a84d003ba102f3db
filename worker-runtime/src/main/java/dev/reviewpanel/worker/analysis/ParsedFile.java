package dev.reviewpanel.worker.analysis;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A source file with its syntax tree, parsed once and shared by every analyzer that looks at it.
 * Not thread-safe: one task's analyzers use it one after another.
 */
public final class ParsedFile {

  private final SourceFile source;
  private String[] lines;
  private Optional<CompilationUnit> java;
  private String javaProblem;
  private SyntaxTree syntaxTree;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  public ParsedFile(SourceFile source) {
    this.source = source;
  }

  public static ParsedFile of(String path, Language language, String content) {
    return new ParsedFile(SourceFile.of(path, language, content));
  }

  public SourceFile source() {
    return source;
  }

  public String path() {
    return source.path();
  }

  public Language language() {
    return source.language();
  }

  public String content() {
    return source.content();
  }

  public int lineCount() {
    return lines().length;
  }

  /** The text of a 1-based line, or an empty string outside the file. */
  public String line(int number) {
    String[] all = lines();
    return number >= 1 && number <= all.length ? all[number - 1] : "";
  }

  private String[] lines() {
    if (lines == null) {
      lines = source.content().split("\r?\n", -1);
    }
    return lines;
  }

  /** The JavaParser AST of a Java file; empty when the file is not Java or does not parse. */
  public Optional<CompilationUnit> java() {
    if (java == null) {
      java = parseJava();
    }
    return java;
  }

  /** Why {@link #java()} is empty for a Java file, or null. */
  public String javaProblem() {
    java();
    return javaProblem;
  }

  private Optional<CompilationUnit> parseJava() {
    if (source.language() != Language.JAVA) {
      return Optional.empty();
    }
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
            .setAttributeComments(false);
    ParseResult<CompilationUnit> result;
    try {
      result = new JavaParser(configuration).parse(source.content());
    } catch (StackOverflowError e) {
      // The generated parser recurses per nesting level; remembering the failure avoids a re-parse.
      javaProblem = "too deeply nested to parse (StackOverflowError)";
      return Optional.empty();
    }
    if (!result.isSuccessful()) {
      javaProblem =
          result.getProblems().isEmpty()
              ? "unparseable"
              : result.getProblems().get(0).getVerboseMessage();
      return Optional.empty();
    }
    return result.getResult();
  }

  /**
   * A fact about this file that several analyzers need (an index of its nodes, a dataflow
   * solution), computed by the first one that asks and shared with the rest. Only for values that
   * never change once built.
   */
  public <T> T derived(Class<T> kind, Function<ParsedFile, T> compute) {
    Object known = derived.get(kind);
    if (known == null) {
      known = compute.apply(this);
      derived.put(kind, known);
    }
    return kind.cast(known);
  }

  /** The tree-sitter tree of a Python, JavaScript or TypeScript file. */
  public SyntaxTree syntaxTree() {
    if (syntaxTree == null) {
      if (source.language() == Language.JAVA) {
        throw new IllegalStateException("Java files have a JavaParser AST: use java()");
      }
      syntaxTree = SyntaxTree.parse(source.language(), source.content());
    }
    return syntaxTree;
  }
}
