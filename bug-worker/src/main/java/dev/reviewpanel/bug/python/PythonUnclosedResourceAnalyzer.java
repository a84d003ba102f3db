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
 * bound to a local of a function that neither closes it nor hands it to anyone (MEDIUM), or opened
 * inline and used once ({@code open(p).read()}, {@code json.load(open(p))}). CPython closes a
 * handle no name holds as soon as the expression ends, so an inline read leaks only on other
 * interpreters and under {@code -W error::ResourceWarning}: LOW with that reason; an inline write
 * ({@code open(p, "w").write(s)}) stays MEDIUM, since elsewhere its data is flushed only when the
 * collector gets to it, if ever. A handle whose descriptor is copied onto a standard stream ({@code
 * os.dup2(si.fileno(), sys.stdin.fileno())}, the daemon idiom) is LOW; an archive or file object
 * over an in-memory buffer ({@code zipfile.ZipFile(BytesIO(body))}) holds no descriptor and is not
 * reported.
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

  // Calls that write what they are given to the handle: its data lands only when it is flushed.
  private static final Set<String> WRITERS =
      Set.of(
          "write",
          "writelines",
          "json.dump",
          "pickle.dump",
          "yaml.dump",
          "yaml.safe_dump",
          "csv.writer",
          "csv.DictWriter",
          "toml.dump");
  private static final Pattern IN_MEMORY =
      Pattern.compile("(io\\.)?(BytesIO|StringIO)\\(.*", Pattern.DOTALL);

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
            .filter(scope -> !overMemory(tree, call, scope))
            .ifPresent(scope -> reportHeld(tree, call, opener, name, scope, findings));
      }
    } else if (droppedInline(tree, call, parent)) {
      boolean written = WRITERS.contains(usedBy(tree, call, parent));
      findings.report(
          written ? RULE : RULE.at(Severity.LOW, Confidence.MEDIUM),
          SyntaxTree.startLine(call),
          "%s(...) is used once and dropped without being closed".formatted(opener)
              + (written
                  ? ": what is written lands only when the handle is flushed, which other"
                      + " interpreters than CPython leave to the garbage collector, if it runs"
                  : " (LOW: CPython closes a handle no name holds as soon as the expression"
                      + " ends; it leaks on other interpreters and warns under -W"
                      + " error::ResourceWarning)"));
    }
  }

  private static void reportHeld(
      SyntaxTree tree, TSNode call, String opener, String name, TSNode scope, Findings findings) {
    String message =
        "'%s' holds %s(...) but is never closed: the handle leaks until the".formatted(name, opener)
            + " garbage collector finds it, or forever on other interpreters";
    boolean duplicated =
        Pattern.compile("\\bos\\.dup2\\(\\s*" + Pattern.quote(name) + "\\.fileno\\(\\)")
            .matcher(tree.text(scope))
            .find();
    if (duplicated) {
      findings.report(
          RULE.at(Severity.LOW, Confidence.MEDIUM),
          SyntaxTree.startLine(call),
          message
              + " (LOW: its descriptor is copied onto another with os.dup2, the daemon idiom of"
              + " redirecting a standard stream, which is meant to stay open; only the original"
              + " descriptor stays open beside it, once)");
    } else {
      findings.report(RULE, SyntaxTree.startLine(call), message);
    }
  }

  // ZipFile(BytesIO(body)), tarfile.open(fileobj=archive) with archive = BytesIO(...): memory only
  private static boolean overMemory(SyntaxTree tree, TSNode call, TSNode scope) {
    TSNode arguments = call.getChildByFieldName("arguments");
    if (arguments.isNull()) {
      return false;
    }
    String body = tree.text(scope);
    for (int i = 0; i < arguments.getNamedChildCount(); i++) {
      TSNode argument = arguments.getNamedChild(i);
      if (argument.getType().equals("keyword_argument")) {
        if (!tree.text(argument.getChildByFieldName("name")).equals("fileobj")) {
          continue;
        }
        argument = argument.getChildByFieldName("value");
      } else if (i > 0) {
        continue;
      }
      String text = tree.text(argument);
      if (IN_MEMORY.matcher(text).matches()
          || argument.getType().equals("identifier")
              && Pattern.compile(
                      "\\b" + Pattern.quote(text) + "\\s*=\\s*(io\\.)?(BytesIO|StringIO)\\(")
                  .matcher(body)
                  .find()) {
        return true;
      }
    }
    return false;
  }

  // what takes the handle dropped inline: the method called on it, or the call it is passed to
  private static String usedBy(SyntaxTree tree, TSNode call, TSNode parent) {
    return switch (parent.getType()) {
      case "attribute" -> tree.text(parent.getChildByFieldName("attribute"));
      case "argument_list" -> tree.text(parent.getParent().getChildByFieldName("function"));
      default -> "";
    };
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
