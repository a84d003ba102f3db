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
import dev.reviewpanel.code.analysis.JavaNodes;
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
 * entities in the same method, or, for a factory kept in a field, anywhere in its class. An XSLT
 * transformer factory is exposed through the documents it transforms: MEDIUM where it transforms
 * one the method did not build itself (a stream, a reader, a parameter), LOW where it only
 * transforms text the method generated or is handed out with its documents out of sight (a
 * stylesheet is code the application ships, not a document an attacker sends).
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
  private static final Set<String> TRANSFORMERS =
      Set.of("TransformerFactory", "SAXTransformerFactory");

  static final Rule UNSEEN = RULE.at(Severity.LOW, Confidence.LOW);
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
                JavaNodes.of(file, Expression.class).stream()
                    .filter(XxeAnalyzer::isParserCreation)
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
    if (TRANSFORMERS.contains(factory) && !transformsOutsideDocument(method, creation)) {
      JavaFlowAnalyzer.report(
          findings,
          UNSEEN,
          where,
          "XML external entity processing (CWE-611): "
              + factory
              + " is created without disabling DTDs or external entities; LOW, as no document it"
              + " transforms here comes from outside the code (generated text, or none in sight).");
      return;
    }
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

  // transform(source, result) after the creation with a source the method did not build from text
  // it generated itself
  private static boolean transformsOutsideDocument(Optional<Node> method, Expression creation) {
    if (method.isEmpty() || creation.getBegin().isEmpty()) {
      return false;
    }
    return method
        .get()
        .findAll(
            MethodCallExpr.class,
            c -> c.getNameAsString().equals("transform") && !c.getArguments().isEmpty())
        .stream()
        .filter(c -> c.getBegin().isPresent())
        .filter(c -> !c.getBegin().get().isBefore(creation.getBegin().get()))
        .anyMatch(c -> !generated(c.getArgument(0), method.get(), 0));
  }

  // new DOMSource(doc), new StreamSource(new StringReader(sb.toString())) over a StringBuilder the
  // method fills, or a local initialized with one of them
  private static boolean generated(Expression source, Node method, int depth) {
    if (depth > 4) {
      return false;
    }
    if (source.isNameExpr()) {
      String name = source.asNameExpr().getNameAsString();
      return method
          .findAll(
              com.github.javaparser.ast.body.VariableDeclarator.class,
              v -> v.getNameAsString().equals(name))
          .stream()
          .findFirst()
          .flatMap(com.github.javaparser.ast.body.VariableDeclarator::getInitializer)
          .map(init -> generated(init, method, depth + 1))
          .orElse(false);
    }
    if (!(source instanceof ObjectCreationExpr created)) {
      return false;
    }
    String type = created.getType().getNameAsString();
    if (type.equals("DOMSource")) {
      return true; // a tree in memory: where it was parsed from is that parser's finding
    }
    if ((type.equals("StreamSource") || type.equals("StringReader"))
        && created.getArguments().size() == 1) {
      Expression inner = created.getArgument(0);
      if (inner instanceof MethodCallExpr text
          && text.getNameAsString().equals("toString")
          && text.getScope().filter(Expression::isNameExpr).isPresent()) {
        return isLocalBuilder(text.getScope().get().asNameExpr().getNameAsString(), method);
      }
      return type.equals("StreamSource") && generated(inner, method, depth + 1);
    }
    return false;
  }

  private static boolean isLocalBuilder(String name, Node method) {
    return method
        .findAll(
            com.github.javaparser.ast.body.VariableDeclarator.class,
            v -> v.getNameAsString().equals(name))
        .stream()
        .anyMatch(
            v ->
                v.getInitializer()
                    .filter(ObjectCreationExpr.class::isInstance)
                    .map(i -> ((ObjectCreationExpr) i).getType().getNameAsString())
                    .filter(t -> t.equals("StringBuilder") || t.equals("StringWriter"))
                    .isPresent());
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
