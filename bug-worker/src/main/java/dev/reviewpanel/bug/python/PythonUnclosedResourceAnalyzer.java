package dev.reviewpanel.bug.python;

import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A file, socket or database connection opened outside a {@code with} statement and never closed:
 * bound to a local of a function that neither closes it nor hands it to anyone, or opened inline
 * and read once ({@code open(p).read()}, {@code json.load(open(p))}).
 */
@Component
class PythonUnclosedResourceAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.unclosed-resource",
          "resource-leak",
          "CWE-772",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Resource is never closed",
          "Open the resource in a with statement (with open(path) as f:, with"
              + " closing(sqlite3.connect(db)) as conn:) so it is closed on every path.");

  private static final Pattern OPENERS =
      Pattern.compile(
          "open|io\\.open|codecs\\.open|(gzip|bz2|lzma|tarfile)\\.open|os\\.fdopen"
              + "|(zipfile\\.)?ZipFile|(sqlite3|psycopg2|pymysql|MySQLdb|mysql\\.connector)\\.connect"
              + "|socket\\.(socket|create_connection)|(urllib\\.request\\.)?urlopen"
              + "|tempfile\\.(TemporaryFile|NamedTemporaryFile)");
  private static final Pattern MENTIONS_OPENER =
      Pattern.compile(
          "open\\s*\\(|connect\\s*\\(|socket\\s*\\(|create_connection|urlopen|ZipFile"
              + "|TemporaryFile");
  // Calls that read from or write to a handle without taking ownership of it.
  static final Set<String> BORROWERS =
      Set.of(
          "json.load",
          "json.dump",
          "pickle.load",
          "pickle.dump",
          "yaml.load",
          "yaml.safe_load",
          "yaml.dump",
          "yaml.safe_dump",
          "csv.reader",
          "csv.writer",
          "csv.DictReader",
          "csv.DictWriter",
          "list",
          "iter",
          "next",
          "enumerate",
          "len",
          "print",
          "sorted",
          "shutil.copyfileobj",
          "pd.read_csv",
          "toml.load",
          "tomllib.load");

  private static final Set<Language> LANGUAGES = Set.of(Language.PYTHON);

  private final NodeQuery calls = new NodeQuery(LANGUAGES, "call");

  PythonUnclosedResourceAnalyzer() {
    super("python-unclosed-resource", LANGUAGES);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    if (!MENTIONS_OPENER.matcher(file.content()).find()) {
      return; // most files open nothing: skip visiting their calls
    }
    SyntaxTree tree = file.syntaxTree();
    calls.forEach(
        file,
        node -> {
          if (node.getType().equals("call")) {
            check(tree, node, findings);
          }
        });
  }

  private static void check(SyntaxTree tree, TSNode call, Findings findings) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.getEndByte() - callee.getStartByte() > 60) {
      return;
    }
    String opener = tree.text(callee);
    if (!OPENERS.matcher(opener).matches()) {
      return;
    }
    TSNode parent = call.getParent();
    String context = parent.getType();
    if (context.equals("assignment")) {
      TSNode left = parent.getChildByFieldName("left");
      if (call.equals(parent.getChildByFieldName("right")) && left.getType().equals("identifier")) {
        String name = tree.text(left);
        new HandleUses(tree, name)
            .leaks(parent)
            .ifPresent(
                scope ->
                    findings.report(
                        RULE,
                        SyntaxTree.startLine(call),
                        "'%s' holds %s(...) but is never closed: the handle leaks until the"
                                .formatted(name, opener)
                            + " garbage collector finds it, or forever on other interpreters"));
      }
    } else if (droppedInline(tree, call, parent)) {
      findings.report(
          RULE,
          SyntaxTree.startLine(call),
          "%s(...) is used once and dropped without being closed".formatted(opener));
    }
  }

  // open(p).read(), json.load(open(p)), for line in open(p): nobody is left to close it.
  private static boolean droppedInline(SyntaxTree tree, TSNode call, TSNode parent) {
    return switch (parent.getType()) {
      case "attribute" -> {
        TSNode attribute = parent.getChildByFieldName("attribute");
        yield call.equals(parent.getChildByFieldName("object"))
            && !attribute.isNull()
            && !Set.of("close", "__enter__", "fileno").contains(tree.text(attribute))
            && parent.getParent().getType().equals("call");
      }
      case "argument_list" -> {
        TSNode outer = parent.getParent().getChildByFieldName("function");
        yield !outer.isNull() && BORROWERS.contains(tree.text(outer));
      }
      case "for_statement" -> call.equals(parent.getChildByFieldName("right"));
      default -> false;
    };
  }
}
