package dev.reviewpanel.code.analysis;

import com.github.javaparser.ast.CompilationUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A source file with its syntax tree, parsed once and shared by every analyzer that looks at it,
 * and by several agents' engines when they run in one process. Everything derived from the source
 * (lines, tree, {@link #derived} facts) is computed on first use and kept; the lines and the tree
 * may come from a {@link ParseCache} that shares them with other files of the same text. Analyzers
 * use it one after another; the fields tolerate an abandoned analyzer still reading on another
 * thread (at worst a value is computed twice).
 */
public final class ParsedFile {

  /**
   * Longest line, in characters, that {@link #boundedLine} returns whole. Analyzers that match
   * regular expressions line by line use it: a pattern's cost grows with the line, and minified or
   * generated files have lines of megabytes. Nothing a reviewer reads sits past this column.
   */
  public static final int MAX_SCANNED_LINE_CHARS = 2_000;

  private final SourceFile source;
  private final FileSyntax syntax;
  private volatile Budget budget = Budget.unlimited();
  private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();
  private volatile ReviewScope scope;

  public ParsedFile(SourceFile source) {
    this(source, new FileSyntax(source.language(), source.path(), source.content()));
  }

  /**
   * A file whose lines and tree come from {@code syntax}, which other files of the same text may
   * share (see {@link ParseCache}); its budget, scope and derived facts are its own.
   */
  ParsedFile(SourceFile source, FileSyntax syntax) {
    this.source = source;
    this.syntax = syntax;
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

  /** The lines and tree this file reads, perhaps shared with other files of its text. */
  FileSyntax syntax() {
    return syntax;
  }

  private String[] lines() {
    return syntax.lines();
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

  /**
   * The JavaParser AST of a Java file; empty when the file is not Java or does not parse. The tree
   * may be shared with other agents' files of the same text: read it, never change it (keep what is
   * computed from it in {@link #derived}).
   */
  public Optional<CompilationUnit> java() {
    return syntax.java().unit();
  }

  /** Why {@link #java()} is empty for a Java file, or null. */
  public String javaProblem() {
    return syntax.java().problem();
  }

  /** The 1-based line where a Java file stops parsing, or 0 when unknown or it parses. */
  public int javaProblemLine() {
    return syntax.java().problemLine();
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

  /**
   * The tree-sitter tree of a Python, JavaScript or TypeScript file; like {@link #java()}, it may
   * be shared with other agents' files of the same text.
   */
  public SyntaxTree syntaxTree() {
    if (source.language() == Language.JAVA) {
      throw new IllegalStateException("Java files have a JavaParser AST: use java()");
    }
    if (!source.language().hasSyntaxTree()) {
      throw new IllegalStateException(source.language().id() + " files are read as lines");
    }
    return syntax.syntaxTree();
  }
}
