package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * XML external entities (CWE-611) in Python: lxml parsing with a parser that resolves entities,
 * loads DTDs or reaches the network; a SAX/pulldom parser with external entities switched on; and
 * request data parsed by the standard-library XML modules or lxml's default parser instead of
 * {@code defusedxml}.
 */
@Component
public class PythonXxeAnalyzer extends PythonTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.xxe",
          "xxe",
          "CWE-611",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "XML external entity processing",
          "Parse untrusted XML with defusedxml, or with an lxml parser built as"
              + " etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False).");

  private static final Set<String> PARSE =
      Set.of("fromstring", "fromstringlist", "parse", "XML", "XMLID", "iterparse", "parseString");
  private static final Set<String> XML_MODULES =
      Set.of(
          "etree",
          "ElementTree",
          "ET",
          "cElementTree",
          "minidom",
          "pulldom",
          "sax",
          "expatbuilder",
          "objectify",
          "xml");
  private static final Pattern UNSAFE_PARSER =
      Pattern.compile(
          "XMLParser\\((?s:.*)\\b(resolve_entities\\s*=\\s*True|load_dtd\\s*=\\s*True"
              + "|no_network\\s*=\\s*False)");

  @Override
  public String name() {
    return "python-xxe";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    if (!PARSE.contains(call.name())) {
      return;
    }
    String module = call.receiver().substring(call.receiver().lastIndexOf('.') + 1);
    Optional<TSNode> parser = argument(call, 1, "parser", tree);
    if (parser.filter(p -> unsafeParser(p, tree, taint)).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          call.qualifiedName() + "() parses with a parser that resolves external entities.");
    } else if (call.receiver().matches("\\w+") && externalEntitiesOn(call, tree)) {
      report(
          findings,
          RULE,
          call.node(),
          call.receiver() + " has external entities switched on before parse().");
    } else if (XML_MODULES.contains(module)
        && !fromDefusedXml(call, tree)
        && parser.isEmpty()
        && argument(call, 0, "source", tree).filter(taint::isTainted).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "XML external entities (CWE-611): request data → "
              + call.qualifiedName()
              + "() without defusedxml.");
    }
  }

  private static boolean unsafeParser(TSNode parser, SyntaxTree tree, PythonTaint taint) {
    if (UNSAFE_PARSER.matcher(tree.text(parser)).find()) {
      return true;
    }
    return parser.getType().equals("identifier")
        && taint.values().valuesOf(parser).stream()
            .anyMatch(v -> UNSAFE_PARSER.matcher(tree.text(v)).find());
  }

  // parser.setFeature(feature_external_ges, True) earlier in the same function.
  private static boolean externalEntitiesOn(PythonCall call, SyntaxTree tree) {
    TSNode scope = call.node();
    while (!scope.getParent().isNull() && !scope.getType().equals("function_definition")) {
      scope = scope.getParent();
    }
    Pattern enabled =
        Pattern.compile(
            Pattern.quote(call.receiver())
                + "\\.setFeature\\(\\s*[\\w.]*feature_external_(ges|pes)\\s*,\\s*(True|1)\\s*\\)");
    return enabled.matcher(tree.text(scope)).find();
  }

  // from defusedxml import ElementTree / import defusedxml.ElementTree as ET
  private static boolean fromDefusedXml(PythonCall call, SyntaxTree tree) {
    String root = call.receiver().split("\\.")[0];
    if (root.equals("defusedxml")) {
      return true;
    }
    TSNode module = call.node();
    while (!module.getParent().isNull()) {
      module = module.getParent();
    }
    Pattern binding =
        Pattern.compile(
            "(?m)^\\s*(from\\s+defusedxml[\\w.]*\\s+import\\s+.*\\b"
                + Pattern.quote(root)
                + "\\b|import\\s+defusedxml[\\w.]*\\s+as\\s+"
                + Pattern.quote(root)
                + "\\b)");
    return binding.matcher(tree.text(module)).find();
  }
}
