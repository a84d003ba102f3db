package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.HashPurpose;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Weak hashes (CWE-328) in Python: {@code hashlib.md5}, {@code hashlib.sha1} and {@code
 * hashlib.new("md5")}, unless declared non-security with {@code usedforsecurity=False} or named for
 * a use that needs no collision resistance or that a protocol prescribes ({@link HashPurpose}:
 * cache keys, ETags, WebSocket accept keys, HTTP Digest authentication, the SSH key exchange). Two
 * more shapes decide nothing here: a hash of no data whose size or constant digest is read at once
 * ({@code os.urandom(sha1().digest_size)}), and a wrapper that takes {@code usedforsecurity} from
 * its own caller ({@code def md5_hexdigest(data, *, usedforsecurity=True)}): the purpose is stated
 * where the wrapper is called, and {@code usedforsecurity=True} there is the security use. What is
 * left is MEDIUM where the names show a sensitive use and LOW otherwise ({@link
 * HashPurpose.Proof}).
 */
@Component
public class PythonWeakHashAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.weak-hash",
          "crypto",
          "CWE-328",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak hash algorithm",
          "Use hashlib.sha256 or stronger; for passwords use hashlib.scrypt, bcrypt or argon2. If"
              + " the hash is not for security, say so with usedforsecurity=False.");

  private static final Set<String> WEAK = Set.of("md5", "sha1", "md4", "md2");
  // sha1().digest_size, md5().hexdigest(): what is read of a hash given no data
  private static final Set<String> READ_ONLY =
      Set.of("digest_size", "block_size", "name", "hexdigest", "digest");

  @Override
  public String name() {
    return "python-weak-hash";
  }

  // from hashlib import md5 as digest; import hashlib as hl
  private static final Pattern FROM_IMPORT =
      Pattern.compile(
          "(?m)^[ \\t]*from[ \\t]+hashlib[ \\t]+import[ \\t]+(?:\\(([\\w\\s,]+)\\)|([\\w \\t,]+))");
  private static final Pattern MODULE_ALIAS =
      Pattern.compile("(?m)^\\s*import\\s+hashlib\\s+as\\s+(\\w+)");

  /** What the file's own imports call the hashlib module and its functions. */
  private record HashlibNames(Set<String> modules, Map<String, String> functions) {

    static HashlibNames of(String content) {
      Set<String> modules = new HashSet<>(Set.of("hashlib"));
      Map<String, String> functions = new HashMap<>();
      Matcher alias = MODULE_ALIAS.matcher(content);
      while (alias.find()) {
        modules.add(alias.group(1));
      }
      Matcher from = FROM_IMPORT.matcher(content);
      while (from.find()) {
        String list = from.group(1) != null ? from.group(1) : from.group(2);
        for (String imported : list.split(",")) {
          String[] parts = imported.strip().split("\\s+as\\s+");
          if (!parts[0].isBlank()) {
            functions.put(parts.length > 1 ? parts[1].strip() : parts[0].strip(), parts[0].strip());
          }
        }
      }
      return new HashlibNames(modules, functions);
    }
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    HashlibNames names = file.derived(HashlibNames.class, f -> HashlibNames.of(f.content()));
    SyntaxTree tree = file.syntaxTree();
    TreeNodes nodes = TreeNodes.of(file);
    PythonValues values = PythonValues.of(tree, nodes);
    PythonCalls.of(tree, nodes)
        .forEach(
            call -> {
              if (!values.isDead(call.node())) {
                inspect(call, tree, names, findings);
              }
            });
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    inspect(call, tree, HashlibNames.of(""), findings);
  }

  private void inspect(PythonCall call, SyntaxTree tree, HashlibNames names, Findings findings) {
    String imported = call.receiver().isEmpty() ? names.functions().get(call.name()) : null;
    if (!names.modules().contains(call.receiver()) && imported == null) {
      return;
    }
    String algorithm =
        imported != null
            ? imported
            : call.name().equals("new")
                ? call.argument(0).map(tree::text).map(PythonWeakHashAnalyzer::unquote).orElse("")
                : call.name();
    // usedforsecurity=False, or a value the caller passes in: either way not decided here
    boolean declaredNonSecurity =
        call.keyword("usedforsecurity", tree).filter(v -> !v.getType().equals("true")).isPresent()
            || takesUsedForSecurity(call.node(), tree);
    if (WEAK.contains(algorithm.toLowerCase(Locale.ROOT))
        && !declaredNonSecurity
        && !hashesNoData(call, tree, imported != null)
        && HashPurpose.nonSecurity(tree, call.node()).isEmpty()) {
      HashPurpose.Proof purpose = HashPurpose.proof(tree, call.node(), algorithm);
      HashPurpose.Proof proof =
          purpose.lowered().isPresent()
              ? purpose
              : LegacyHashScheme.of(tree, call.node()).map(purpose::lowered).orElse(purpose);
      report(
          findings,
          proof.rule(RULE),
          call.node(),
          proof.message("hashlib " + algorithm + " is broken for security use."));
    }
  }

  // sha1().digest_size, md5().hexdigest(): no data goes in, a size or a constant comes out
  private static boolean hashesNoData(PythonCall call, SyntaxTree tree, boolean direct) {
    int dataArguments = call.positional().size() - (direct || !call.name().equals("new") ? 0 : 1);
    TSNode parent = call.node().getParent();
    if (dataArguments > 0 || !call.keywords().isEmpty() || parent == null || parent.isNull()) {
      return false;
    }
    TSNode object = parent.getChildByFieldName("object");
    return parent.getType().equals("attribute")
        && !object.isNull()
        && object.getStartByte() == call.node().getStartByte()
        && object.getEndByte() == call.node().getEndByte()
        && READ_ONLY.contains(tree.text(parent.getChildByFieldName("attribute")));
  }

  private static final Pattern USED_FOR_SECURITY = Pattern.compile("\\busedforsecurity\\b");

  // def md5_hexdigest(data, *, usedforsecurity=True): a wrapper whose callers state the purpose
  private static boolean takesUsedForSecurity(TSNode node, SyntaxTree tree) {
    for (TSNode up = node.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("function_definition")) {
        TSNode parameters = up.getChildByFieldName("parameters");
        return !parameters.isNull() && USED_FOR_SECURITY.matcher(tree.text(parameters)).find();
      }
    }
    return false;
  }

  private static String unquote(String literal) {
    return literal.replaceAll("^[rbuRBU]*['\"]+|['\"]+$", "");
  }
}
