package dev.reviewpanel.code.analysis;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is read from a file's text alone: its lines, and its JavaParser AST or tree-sitter tree.
 * Each is computed once, on first use; the first thread to ask computes it and any other waits for
 * it. One instance may back several {@link ParsedFile}s of the same text (a {@link ParseCache}
 * hands it out to every agent of a process that analyzes that text), so what it holds is only ever
 * read once built.
 */
final class FileSyntax {

  private final Language language;
  private final boolean tsx;
  private final String content;
  private volatile String[] lines;
  private volatile JavaParse java;
  private volatile SyntaxTree syntaxTree;

  /** The Java AST, or why there is none. */
  record JavaParse(Optional<CompilationUnit> unit, String problem, int problemLine) {}

  FileSyntax(Language language, String path, String content) {
    this.language = language;
    this.tsx = language == Language.TYPESCRIPT && path != null && path.endsWith(".tsx");
    this.content = content;
  }

  String[] lines() {
    String[] known = lines;
    if (known == null) {
      // computing twice in a race is harmless: both give the same lines
      known = split(content);
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

  JavaParse java() {
    JavaParse known = java;
    if (known == null) {
      synchronized (this) {
        known = java;
        if (known == null) {
          known = parseJava();
          java = known;
        }
      }
    }
    return known;
  }

  private JavaParse parseJava() {
    if (language != Language.JAVA) {
      return new JavaParse(Optional.empty(), null, 0);
    }
    int depth = JavaSyntax.nestingDepth(content);
    if (depth > JavaSyntax.MAX_NESTING) {
      return new JavaParse(
          Optional.empty(),
          "too deeply nested to parse (depth " + depth + " > " + JavaSyntax.MAX_NESTING + ")",
          0);
    }
    ParseResult<CompilationUnit> result;
    try {
      result = JavaSyntax.parse(content);
    } catch (StackOverflowError e) {
      // The generated parser recurses per nesting level; remembering the failure avoids a re-parse.
      return new JavaParse(Optional.empty(), "too deeply nested to parse (StackOverflowError)", 0);
    }
    if (!result.isSuccessful()) {
      String problem =
          result.getProblems().isEmpty()
              ? "unparseable"
              : result.getProblems().get(0).getVerboseMessage();
      int line =
          result.getProblems().isEmpty()
              ? 0
              : result
                  .getProblems()
                  .get(0)
                  .getLocation()
                  .flatMap(range -> range.getBegin().getRange())
                  .map(range -> range.begin.line)
                  .orElse(0);
      return new JavaParse(Optional.empty(), problem, line);
    }
    Optional<CompilationUnit> unit = result.getResult();
    // Set before any reader sees the tree: a node's toString() otherwise stores the printer on the
    // tree the first time, a write that threads sharing the tree would race on.
    unit.ifPresent(u -> u.printer(new DefaultPrettyPrinter()));
    return new JavaParse(unit, null, 0);
  }

  SyntaxTree syntaxTree() {
    SyntaxTree known = syntaxTree;
    if (known == null) {
      synchronized (this) {
        known = syntaxTree;
        if (known == null) {
          known = tsx ? SyntaxTree.parseTsx(content) : SyntaxTree.parse(language, content);
          syntaxTree = known;
        }
      }
    }
    return known;
  }

  Language language() {
    return language;
  }

  /** A TypeScript file read with the TSX grammar. */
  boolean tsx() {
    return tsx;
  }

  /** The text this was read from. */
  String content() {
    return content;
  }
}
