package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * XML external entities (CWE-611): an XML parser factory created without disabling DTDs or external
 * entities in the same method, or, for a factory kept in a field, anywhere in its class.
 */
@Component
public class XxeAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.xxe",
          "xxe",
          "CWE-611",
          // MEDIUM: a fact rule (a parser without hardening); docs/findings.md keeps HIGH for a
          // traced remote source, and this rule does not trace where the XML comes from.
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "XML external entity processing",
          "Disable DTDs on the factory (feature disallow-doctype-decl = true, or SUPPORT_DTD ="
              + " false), or set ACCESS_EXTERNAL_DTD and ACCESS_EXTERNAL_SCHEMA to \"\".");

  private static final Set<String> FACTORIES =
      Set.of(
          "DocumentBuilderFactory",
          "SAXParserFactory",
          "XMLInputFactory",
          "TransformerFactory",
          "SAXTransformerFactory",
          "SchemaFactory",
          "XMLReaderFactory");
  private static final Set<String> FACTORY_METHODS =
      Set.of("newInstance", "newFactory", "newDefaultInstance", "createXMLReader");
  private static final Set<String> PARSER_TYPES = Set.of("SAXReader", "SAXBuilder");
  // Settings that, set as shown, stop DTD or external entity resolution.
  private static final Map<String, String> HARDENING =
      Map.ofEntries(
          Map.entry("disallow-doctype-decl", "true"),
          Map.entry("external-general-entities", "false"),
          Map.entry("external-parameter-entities", "false"),
          Map.entry("load-external-dtd", "false"),
          Map.entry("SUPPORT_DTD", "false"),
          Map.entry("IS_SUPPORTING_EXTERNAL_ENTITIES", "false"),
          Map.entry("ACCESS_EXTERNAL_DTD", "\"\""),
          Map.entry("ACCESS_EXTERNAL_STYLESHEET", "\"\""),
          Map.entry("ACCESS_EXTERNAL_SCHEMA", "\"\""),
          Map.entry("FEATURE_SECURE_PROCESSING", "true"),
          // The same settings by their string names: "javax.xml.stream.supportDTD" and friends.
          Map.entry("supportDTD", "false"),
          Map.entry("isSupportingExternalEntities", "false"),
          Map.entry("accessExternalDTD", "\"\""),
          Map.entry("accessExternalSchema", "\"\""),
          Map.entry("secure-processing", "true"));
  private static final Set<String> PARSES =
      Set.of(
          "parse",
          "createXMLStreamReader",
          "createXMLEventReader",
          "transform",
          "newTransformer",
          "newSchema",
          "read",
          "build",
          "unmarshal");
  private static final Set<String> RESOLVER_SETTERS = Set.of("setEntityResolver", "setXMLResolver");
  private static final Set<String> SETTERS =
      Set.of("setFeature", "setProperty", "setAttribute", "setExpandEntityReferences");

  public XxeAnalyzer() {
    super("java-xxe", Set.of(Language.JAVA));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .ifPresent(
            unit ->
                unit.findAll(Expression.class, XxeAnalyzer::isParserCreation)
                    .forEach(creation -> check(creation, findings)));
  }

  private static boolean isParserCreation(Expression expression) {
    if (expression instanceof MethodCallExpr call) {
      return FACTORY_METHODS.contains(call.getNameAsString())
          && FACTORIES.contains(ScopeText.simpleOf(call));
    }
    return expression instanceof ObjectCreationExpr creation
        && PARSER_TYPES.contains(creation.getType().getNameAsString());
  }

  private static void check(Expression creation, Findings findings) {
    // the method, constructor or static block the parser is made in
    Optional<Node> method =
        creation.findAncestor(
            Node.class,
            n -> n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration);
    if (method.isPresent() && isHardened(method.get())) {
      return;
    }
    boolean kept = storedInField(creation);
    if (kept
        && creation
            .findAncestor(TypeDeclaration.class)
            .map(XxeAnalyzer::isHardened)
            .orElse(false)) {
      return;
    }
    String factory =
        creation instanceof MethodCallExpr call
            ? ScopeText.simpleOf(call)
            : ((ObjectCreationExpr) creation).getType().getNameAsString();
    Node where =
        method.flatMap(m -> firstParse(m, creation)).map(Node.class::cast).orElse(creation);
    JavaFlowAnalyzer.report(
        findings,
        RULE,
        where,
        "XML external entity processing (CWE-611): "
            + factory
            + " is created without disabling DTDs or external entities, so a document it"
            + " parses can read local files or reach internal hosts.");
  }

  // The finding goes where untrusted XML enters: the first parse after the creation, if any.
  private static Optional<MethodCallExpr> firstParse(Node method, Expression creation) {
    return method.findAll(MethodCallExpr.class, c -> PARSES.contains(c.getNameAsString())).stream()
        .filter(c -> c.getBegin().isPresent() && creation.getBegin().isPresent())
        .filter(c -> !c.getBegin().get().isBefore(creation.getBegin().get()))
        .filter(c -> !c.getArguments().isEmpty()) // newTransformer() reads nothing yet
        .findFirst();
  }

  private static boolean storedInField(Expression creation) {
    if (creation.findAncestor(FieldDeclaration.class).isPresent()) {
      return true;
    }
    return creation
        .findAncestor(AssignExpr.class)
        .map(a -> a.getTarget().isFieldAccessExpr() || !isLocal(a))
        .orElse(false);
  }

  // A plain-name assignment target is a field unless it names a local or parameter in scope.
  private static boolean isLocal(AssignExpr assign) {
    return assign.findAncestor(CallableDeclaration.class).isEmpty()
        || JavaNames.of(assign.getTarget()).filter(d -> !d.isField()).isPresent();
  }

  private static boolean isHardened(Node scope) {
    // builder.setEntityResolver(new WebdavResolver(...)): the code decides what every external
    // entity resolves to
    if (!scope
        .findAll(
            MethodCallExpr.class,
            c ->
                RESOLVER_SETTERS.contains(c.getNameAsString())
                    && c.getArguments().size() == 1
                    && !c.getArgument(0).isNullLiteralExpr())
        .isEmpty()) {
      return true;
    }
    List<MethodCallExpr> calls =
        scope.findAll(MethodCallExpr.class, c -> SETTERS.contains(c.getNameAsString()));
    for (MethodCallExpr call : calls) {
      if (call.getNameAsString().equals("setExpandEntityReferences")) {
        continue;
      }
      if (call.getArguments().size() == 2 && hardens(call)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hardens(MethodCallExpr call) {
    String key = call.getArgument(0).toString();
    String value = call.getArgument(1).toString();
    return HARDENING.entrySet().stream()
        .anyMatch(
            e ->
                key.contains(e.getKey()) && value.equals(e.getValue())
                    || key.contains(e.getKey())
                        && e.getValue().equals("false")
                        && value.endsWith("FALSE"));
  }
}
