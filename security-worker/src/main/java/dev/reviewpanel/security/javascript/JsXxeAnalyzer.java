package dev.reviewpanel.security.javascript;

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
 * XML external entities (CWE-611) in Node: libxmljs (and libxmljs2) parsing with {@code noent:
 * true} (entity substitution) or {@code dtdload: true}. Its defaults, xml2js, fast-xml-parser and
 * the DOMParser of xmldom do not resolve external entities.
 */
@Component
public class JsXxeAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.xxe",
          "xxe",
          "CWE-611",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.HIGH,
          "XML external entity processing",
          "Parse untrusted XML without entity substitution: drop noent/dtdload from libxmljs"
              + " options, or use a parser that never resolves external entities.");

  private static final Set<String> PARSERS =
      Set.of("parseXml", "parseXmlString", "parseXmlAsync", "parseXmlStringAsync", "parseHtml");
  private static final Pattern UNSAFE =
      Pattern.compile("\\b(noent|dtdload|dtdvalid)\\s*:\\s*true\\b");

  @Override
  public String name() {
    return "js-xxe";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    maybeCall
        .filter(call -> PARSERS.contains(call.name()))
        .filter(call -> call.arguments().stream().skip(1).anyMatch(a -> unsafe(a, tree, values)))
        .ifPresent(
            call ->
                report(
                    findings,
                    RULE,
                    node,
                    call.qualifiedName() + "() substitutes external entities (noent/dtdload)."));
  }

  private static boolean unsafe(TSNode options, SyntaxTree tree, JsValues values) {
    if (UNSAFE.matcher(tree.text(options)).find()) {
      return true;
    }
    return options.getType().equals("identifier")
        && values.valuesOf(options).stream().anyMatch(v -> UNSAFE.matcher(tree.text(v)).find());
  }
}
