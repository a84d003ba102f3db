package dev.reviewpanel.code.analysis;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A source file with its syntax tree, parsed once and shared by every analyzer that looks at it,
 * and by several agents' engines when they run in one process. Everything derived from the source
 * (lines, tree, {@link #derived} facts) is computed on first use and kept. Analyzers use it one
 * after another; the fields tolerate an abandoned analyzer still reading on another thread (at
 * worst a value is computed twice).
 */
public final class ParsedFile {

  /**
   * Longest line, in characters, that {@link #boundedLine} returns whole. Analyzers that match
   * regular expressions line by line use it: a pattern's cost grows with the line, and minified or
   * generated files have lines of megabytes. Nothing a reviewer reads sits past this column.
   */
  public static final int MAX_SCANNED_LINE_CHARS = 2_000;

  private final SourceFile source;
  private volatile String[] lines;
  private volatile Optional<CompilationUnit> java;
  private volatile String javaProblem;
  private volatile int javaProblemLine;
  private volatile SyntaxTree syntaxTree;
  private volatile Budget budget = Budget.unlimited();
  private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();
  private volatile ReviewScope scope;

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

  /**
   * The text of a 1-based line cut to {@link #MAX_SCANNED_LINE_CHARS}: what line-by-line pattern
   * matching should look at.
   */
  public String boundedLine(int number) {
    String line = line(number);
    return line.length() <= MAX_SCANNED_LINE_CHARS
        ? line
        : line.substring(0, MAX_SCANNED_LINE_CHARS);
  }

  /**
   * The time the running analyzer has left; long loops and walks call {@link Budget#checkpoint()}
   * on it. Unlimited outside an engine.
   */
  public Budget budget() {
    return budget;
  }

  void budget(Budget budget) {
    this.budget = budget;
  }

  private String[] lines() {
    String[] known = lines;
    if (known == null) {
      known = split(source.content());
      lines = known;
    }
    return known;
  }

  // Same lines as split("\r?\n", -1) without a regex: this runs for every file of every review.
  private static String[] split(String content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', start)) {
      int end = i > start && content.charAt(i - 1) == '\r' ? i - 1 : i;
      lines.add(content.substring(start, end));
      start = i + 1;
    }
    lines.add(content.substring(start));
    return lines.toArray(String[]::new);
  }

  /**
   * The files analyzed together with this one (one review task), for analyses that cross files; a
   * scope of this file alone when it is analyzed on its own.
   */
  public ReviewScope scope() {
    ReviewScope known = scope;
    if (known == null) {
      known = ReviewScope.ofParsed(List.of(this));
      scope = known;
    }
    return known;
  }

  /** Makes this file part of a review scope (the engine does this for the files it runs). */
  public void scope(ReviewScope scope) {
    this.scope = scope;
  }

  /** The JavaParser AST of a Java file; empty when the file is not Java or does not parse. */
  public Optional<CompilationUnit> java() {
    Optional<CompilationUnit> known = java;
    if (known == null) {
      known = parseJava();
      java = known;
    }
    return known;
  }

  /** Why {@link #java()} is empty for a Java file, or null. */
  public String javaProblem() {
    java();
    return javaProblem;
  }

  /** The 1-based line where a Java file stops parsing, or 0 when unknown or it parses. */
  public int javaProblemLine() {
    java();
    return javaProblemLine;
  }

  private Optional<CompilationUnit> parseJava() {
    if (source.language() != Language.JAVA) {
      return Optional.empty();
    }
    int depth = JavaSyntax.nestingDepth(source.content());
    if (depth > JavaSyntax.MAX_NESTING) {
      javaProblem =
          "too deeply nested to parse (depth " + depth + " > " + JavaSyntax.MAX_NESTING + ")";
      return Optional.empty();
    }
    ParseResult<CompilationUnit> result;
    try {
      result = JavaSyntax.parse(source.content());
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
      javaProblemLine =
          result.getProblems().isEmpty()
              ? 0
              : result
                  .getProblems()
                  .get(0)
                  .getLocation()
                  .flatMap(range -> range.getBegin().getRange())
                  .map(range -> range.begin.line)
                  .orElse(0);
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
      // not computeIfAbsent: a computation may itself ask for another derived fact
      known = compute.apply(this);
      Object raced = derived.putIfAbsent(kind, known);
      known = raced == null ? known : raced;
    }
    return kind.cast(known);
  }

  /** The tree-sitter tree of a Python, JavaScript or TypeScript file. */
  public SyntaxTree syntaxTree() {
    SyntaxTree known = syntaxTree;
    if (known == null) {
      if (source.language() == Language.JAVA) {
        throw new IllegalStateException("Java files have a JavaParser AST: use java()");
      }
      if (!source.language().hasSyntaxTree()) {
        throw new IllegalStateException(source.language().id() + " files are read as lines");
      }
      known =
          source.language() == Language.TYPESCRIPT && source.path().endsWith(".tsx")
              ? SyntaxTree.parseTsx(source.content())
              : SyntaxTree.parse(source.language(), source.content());
      syntaxTree = known;
    }
    return known;
  }
}
