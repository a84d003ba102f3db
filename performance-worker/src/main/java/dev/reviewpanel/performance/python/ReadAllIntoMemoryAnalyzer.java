package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A whole file read into memory only to be walked line by line: {@code f.read().splitlines()},
 * {@code path.read_text().split("\n")}, {@code f.readlines()}, directly or through a local, when
 * the lines are only iterated. Iterating the file object streams one line at a time. MEDIUM only
 * when the data evidently has no bound the program sets (a request or upload, a socket, an HTTP
 * response, standard input, a log, a path from a request); LOW otherwise, where the file is the
 * program's own (a {@code .env} or configuration file) and nothing shows it grows large.
 */
@Component
public class ReadAllIntoMemoryAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.read-all-into-memory",
          "memory",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Whole file loaded into memory only to be iterated",
          "Iterate the file object instead (for line in f: ...), so memory stays constant"
              + " whatever the file size.");

  private static final Set<String> WHOLE_READS = Set.of("read", "read_text", "read_bytes");
  private static final Set<String> LINE_SEPARATORS =
      Set.of("'\\n'", "\"\\n\"", "'\\r\\n'", "\"\\r\\n\"", "b'\\n'", "b\"\\n\"");

  // Data whose size the program does not decide: a request or upload body, a socket or a
  // connection's stream, an HTTP response, standard input, a log (it grows by design), or a file
  // whose path comes from a request.
  private static final Pattern UNBOUNDED =
      Pattern.compile(
          "request|upload|(^|\\W)(sock|socket|conn|connection|rfile|resp|response|stdin)(\\W|$)"
              + "|makefile|urlopen|wsgi\\.input|(^|[\\W_])logs?(\\W|_|$)");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call");

  public ReadAllIntoMemoryAnalyzer() {
    super("python-read-all-into-memory", Set.of(Language.PYTHON));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (nodeType.equals("call")) {
                check(tree, node, findings);
              }
            });
  }

  private static void check(SyntaxTree tree, TSNode call, Findings findings) {
    String method = method(tree, call);
    TSNode read;
    if (method.equals("readlines") && arguments(call) == 0) {
      read = call;
    } else if (method.equals("splitlines") || method.equals("split") && splitsLines(tree, call)) {
      read = wholeRead(tree, receiver(call));
    } else {
      return;
    }
    if (read != null && onlyIterated(tree, call)) {
      String fact =
          "%s() loads the whole file only to walk its lines".formatted(method(tree, read));
      Matcher unbounded = UNBOUNDED.matcher(origin(tree, receiver(read)).toLowerCase(Locale.ROOT));
      if (unbounded.find()) {
        findings.report(
            RULE,
            SyntaxTree.startLine(read),
            fact
                + ", and '"
                + unbounded.group().replaceAll("^\\W+|\\W+$", "")
                + "' says its size is not the program's to decide (MEDIUM).");
      } else {
        findings.report(
            RULE.at(Severity.LOW, Confidence.MEDIUM),
            SyntaxTree.startLine(read),
            fact
                + " (LOW: nothing shows the data can grow large: no request, upload, socket,"
                + " HTTP response, log or path from a request is read; a configuration or"
                + " other file of the program's own is a few lines).");
      }
    }
  }

  /**
   * What the data read comes from, as text: the receiver ({@code request.stream}, {@code Path(p)})
   * and, for a local, what it was bound to ({@code with open(request.args["f"]) as f}, {@code resp
   * = urlopen(url)}).
   */
  private static String origin(SyntaxTree tree, TSNode receiver) {
    if (receiver == null || receiver.isNull()) {
      return "";
    }
    String text = tree.text(receiver);
    if (!receiver.getType().equals("identifier")) {
      return text;
    }
    StringBuilder origin = new StringBuilder(text);
    SyntaxTree.walk(
        PythonLoops.scope(receiver),
        node -> {
          TSNode bound = null;
          if (node.getType().equals("as_pattern")) {
            TSNode alias = node.getChildByFieldName("alias");
            bound = alias.isNull() || !tree.text(alias).equals(text) ? null : node.getNamedChild(0);
          } else if (node.getType().equals("assignment")) {
            TSNode left = node.getChildByFieldName("left");
            bound =
                left.isNull() || !tree.text(left).equals(text)
                    ? null
                    : node.getChildByFieldName("right");
          }
          if (bound != null && !bound.isNull() && origin.length() < 1_000) {
            origin.append(' ').append(tree.text(bound));
          }
        });
    return origin.toString();
  }

  /** The {@code .read()} call behind {@code text}, directly or through a local assigned once. */
  private static TSNode wholeRead(SyntaxTree tree, TSNode text) {
    if (text.isNull()) {
      return null;
    }
    if (text.getType().equals("call")
        && WHOLE_READS.contains(method(tree, text))
        && arguments(text) == 0) {
      return text;
    }
    if (!text.getType().equals("identifier")) {
      return null;
    }
    List<TSNode> values = new ArrayList<>();
    SyntaxTree.walk(
        PythonLoops.scope(text),
        node -> {
          TSNode left = node.getChildByFieldName("left");
          if (node.getType().equals("assignment")
              && !left.isNull()
              && tree.text(left).equals(tree.text(text))) {
            values.add(node.getChildByFieldName("right"));
          }
        });
    return values.size() == 1 ? wholeRead(tree, values.get(0)) : null;
  }

  /** The lines are a for/comprehension iterable, or held in a local used only that way. */
  private static boolean onlyIterated(SyntaxTree tree, TSNode lines) {
    if (isIterable(lines)) {
      return true;
    }
    TSNode parent = lines.getParent();
    if (parent.isNull() || !parent.getType().equals("assignment")) {
      return false;
    }
    TSNode left = parent.getChildByFieldName("left");
    if (left.isNull() || !left.getType().equals("identifier")) {
      return false;
    }
    String name = tree.text(left);
    List<TSNode> uses = new ArrayList<>();
    SyntaxTree.walk(
        PythonLoops.scope(lines),
        node -> {
          if (node.getType().equals("identifier")
              && node.getStartByte() != left.getStartByte()
              && tree.text(node).equals(name)) {
            uses.add(node);
          }
        });
    return !uses.isEmpty() && uses.stream().allMatch(ReadAllIntoMemoryAnalyzer::isIterable);
  }

  private static boolean isIterable(TSNode value) {
    TSNode parent = value.getParent();
    if (parent.isNull()
        || !(parent.getType().equals("for_statement")
            || parent.getType().equals("for_in_clause"))) {
      return false;
    }
    TSNode iterable = parent.getChildByFieldName("right");
    return !iterable.isNull()
        && iterable.getStartByte() == value.getStartByte()
        && iterable.getEndByte() == value.getEndByte();
  }

  private static boolean splitsLines(SyntaxTree tree, TSNode call) {
    TSNode args = call.getChildByFieldName("arguments");
    return arguments(call) == 1 && LINE_SEPARATORS.contains(tree.text(args.getNamedChild(0)));
  }

  private static String method(SyntaxTree tree, TSNode call) {
    TSNode function = call.getChildByFieldName("function");
    if (function.isNull() || !function.getType().equals("attribute")) {
      return "";
    }
    return tree.text(function.getChildByFieldName("attribute"));
  }

  private static TSNode receiver(TSNode call) {
    return call.getChildByFieldName("function").getChildByFieldName("object");
  }

  private static int arguments(TSNode call) {
    TSNode args = call.getChildByFieldName("arguments");
    return args.isNull() ? -1 : args.getNamedChildCount();
  }
}
