package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
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
import java.util.ArrayList;
import java.util.HashMap;
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
 * stylesheet is code the application ships, not a document an attacker sends). A factory handed to
 * a method of the file that hardens its parameter ({@code disableDtdProcessing(factory)}) is
 * hardened; a parser whose every document here is a class-path resource ({@code newSchema(new
 * StreamSource(getResourceAsStream(name)))}) is LOW: it reads the program's own files.
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
  private static final Set<String> REFLECTIVE_LOOKUPS = Set.of("getMethod", "getDeclaredMethod");
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
    if (method.isPresent()
        && (isHardened(method.get()) || hardenedByHelper(method.get(), creation))) {
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
    String made =
        "XML external entity processing (CWE-611): "
            + factory
            + " is created without disabling DTDs or external entities";
    Optional<String> unseen = Optional.empty();
    if (method.isPresent() && readsOnlyClassPath(method.get(), creation)) {
      unseen =
          Optional.of(
              "every document it reads here is a class-path resource"
                  + " (getResource/getResourceAsStream), a file the program ships with itself, not"
                  + " XML from outside");
    } else if (factory.equals("DocumentBuilderFactory")
        && NewDocumentsOnly.of(
            creation,
            kept
                ? creation
                    .findAncestor(TypeDeclaration.class)
                    .map(Node.class::cast)
                    .orElse(creation)
                : method.orElse(creation))) {
      unseen =
          Optional.of(
              "its builders only make new, empty documents here (newDocument) and parse none:"
                  + " no entity is ever resolved");
    } else if (TRANSFORMERS.contains(factory) && !transformsOutsideDocument(method, creation)) {
      unseen =
          Optional.of(
              "no document it transforms here comes from outside the code (generated text, or"
                  + " none in sight)");
    }
    JavaFlowAnalyzer.report(
        findings,
        unseen.isPresent() ? UNSEEN : RULE,
        where,
        unseen
            .map(reason -> made + "; LOW, as " + reason + ".")
            .orElse(
                made + ", so a document it parses can read local files or reach internal hosts."));
  }

  // The finding goes where untrusted XML enters: the first parse after the creation, if any, that
  // is given something to read (newTransformer() reads nothing yet).
  private static Optional<MethodCallExpr> firstParse(Node method, Expression creation) {
    return readsAfter(method, creation, PARSES).stream().findFirst();
  }

  // calls with the given names and at least one argument, at or after the creation
  private static List<MethodCallExpr> readsAfter(
      Node method, Expression creation, Set<String> names) {
    if (creation.getBegin().isEmpty()) {
      return List.of();
    }
    return method
        .findAll(
            MethodCallExpr.class,
            c -> names.contains(c.getNameAsString()) && !c.getArguments().isEmpty())
        .stream()
        .filter(c -> c.getBegin().isPresent())
        .filter(c -> !c.getBegin().get().isBefore(creation.getBegin().get()))
        .toList();
  }

  // transform(source, result) after the creation with a source the method did not build from text
  // it generated itself
  private static boolean transformsOutsideDocument(Optional<Node> method, Expression creation) {
    return method.isPresent()
        && readsAfter(method.get(), creation, Set.of("transform")).stream()
            .anyMatch(c -> !generated(c.getArgument(0), method.get(), 0));
  }

  // new DOMSource(doc), new StreamSource(new StringReader(sb.toString())) over a StringBuilder the
  // method fills, or a local initialized with one of them
  private static boolean generated(Expression expression, Node method, int depth) {
    if (depth > 4) {
      return false;
    }
    if (!(throughLocals(expression, method) instanceof ObjectCreationExpr created)) {
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

  // a local's initial value in place of its name, followed through locals set from locals
  private static Expression throughLocals(Expression expression, Node method) {
    Expression current = expression;
    for (int step = 0; step < 4 && current.isNameExpr(); step++) {
      String local = current.asNameExpr().getNameAsString();
      Optional<Expression> value =
          method.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(local)).stream()
              .findFirst()
              .flatMap(VariableDeclarator::getInitializer);
      if (value.isEmpty()) {
        break;
      }
      current = value.get();
    }
    return current;
  }

  private static boolean isLocalBuilder(String name, Node method) {
    return method.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)).stream()
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

  // newDocumentBuilder() { factory = newInstance(); disableDtdProcessing(factory); ... }: the
  // factory is handed to a method of the file that hardens its parameter, directly or through the
  // helpers it hands the parameter on to (setFeature(factory, "...external-general-entities",
  // false) over factory.setFeature(name, value)), with the arguments of each call in place of the
  // parameters.
  private static boolean hardenedByHelper(Node method, Expression creation) {
    Optional<String> factory = assignedName(creation);
    return factory.isPresent()
        && method.findAll(MethodCallExpr.class, c -> c.getScope().isEmpty()).stream()
            .anyMatch(c -> hardensThrough(c, factory.get(), Map.of(), 0));
  }

  private static Optional<String> assignedName(Expression creation) {
    Optional<Node> parent = creation.getParentNode();
    if (parent.orElse(null) instanceof VariableDeclarator variable) {
      return Optional.of(variable.getNameAsString());
    }
    if (parent.orElse(null) instanceof AssignExpr assign && assign.getTarget().isNameExpr()) {
      return Optional.of(assign.getTarget().asNameExpr().getNameAsString());
    }
    return Optional.empty();
  }

  private static boolean hardensThrough(
      MethodCallExpr call, String factory, Map<String, Expression> outer, int depth) {
    int index = -1;
    for (int i = 0; i < call.getArguments().size(); i++) {
      Expression argument = call.getArgument(i);
      if (argument.isNameExpr() && argument.asNameExpr().getNameAsString().equals(factory)) {
        index = i;
      }
    }
    if (index < 0 || depth > 3) {
      return false;
    }
    int at = index;
    return call.findCompilationUnit()
        .map(
            unit ->
                unit
                    .findAll(
                        MethodDeclaration.class,
                        m ->
                            m.getNameAsString().equals(call.getNameAsString())
                                && m.getParameters().size() == call.getArguments().size()
                                && m.getBody().isPresent())
                    .stream()
                    .anyMatch(helper -> hardensParameter(helper, call, at, outer, depth)))
        .orElse(false);
  }

  private static boolean hardensParameter(
      MethodDeclaration helper,
      MethodCallExpr call,
      int index,
      Map<String, Expression> outer,
      int depth) {
    Map<String, Expression> bound = new HashMap<>();
    for (int i = 0; i < call.getArguments().size(); i++) {
      bound.put(helper.getParameter(i).getNameAsString(), substituted(call.getArgument(i), outer));
    }
    String parameter = helper.getParameter(index).getNameAsString();
    for (MethodCallExpr inner : helper.getBody().get().findAll(MethodCallExpr.class)) {
      boolean onParameter =
          inner
              .getScope()
              .map(XxeAnalyzer::uncast)
              .filter(s -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals(parameter))
              .isPresent();
      if (onParameter
          && SETTERS.contains(inner.getNameAsString())
          && inner.getArguments().size() == 2
          && hardens(
              substituted(inner.getArgument(0), bound), substituted(inner.getArgument(1), bound))) {
        return true;
      }
      if (inner.getScope().isEmpty() && hardensThrough(inner, parameter, bound, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  // ((DocumentBuilderFactory) factory).setFeature(...) on a parameter declared as Object
  private static Expression uncast(Expression expression) {
    Expression current = expression;
    while (current.isEnclosedExpr() || current.isCastExpr()) {
      current =
          current.isEnclosedExpr()
              ? current.asEnclosedExpr().getInner()
              : current.asCastExpr().getExpression();
    }
    return current;
  }

  private static Expression substituted(Expression argument, Map<String, Expression> bound) {
    return argument.isNameExpr()
        ? bound.getOrDefault(argument.asNameExpr().getNameAsString(), argument)
        : argument;
  }

  private static final Set<String> CLASS_PATH_LOOKUPS =
      Set.of(
          "getResource", "getResourceAsStream", "getSystemResource", "getSystemResourceAsStream");
  private static final Set<String> URL_READS = Set.of("openStream", "toExternalForm", "toURI");

  // newSchema(new StreamSource(is, name)) with is = getResourceAsStream(name, loader): every
  // document the method reads after the creation comes from the class path, where the program's
  // own files are (whatever the name, it picks among what the program ships).
  private static boolean readsOnlyClassPath(Node method, Expression creation) {
    List<MethodCallExpr> reads = readsAfter(method, creation, PARSES);
    return !reads.isEmpty()
        && reads.stream().allMatch(c -> fromClassPath(c.getArgument(0), method, 0));
  }

  private static boolean fromClassPath(Expression expression, Node method, int depth) {
    if (depth > 4) {
      return false;
    }
    Expression source = throughLocals(expression, method);
    if (source instanceof ObjectCreationExpr created) {
      return created.getArguments().isNonEmpty()
          && fromClassPath(created.getArgument(0), method, depth + 1);
    }
    if (source instanceof MethodCallExpr call) {
      if (CLASS_PATH_LOOKUPS.contains(call.getNameAsString())) {
        return true;
      }
      return URL_READS.contains(call.getNameAsString())
          && call.getScope().map(s -> fromClassPath(s, method, depth + 1)).orElse(false);
    }
    return false;
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
    if (hardensReflectively(scope)) {
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

  // Method setFeature = DocumentBuilderFactory.class.getMethod("setFeature", ...);
  // setFeature.invoke(factory, new Object[] {"...disallow-doctype-decl", Boolean.TRUE}): the same
  // setting, made through reflection where an old parser may lack the method
  private static boolean hardensReflectively(Node scope) {
    boolean setter =
        !scope
            .findAll(
                MethodCallExpr.class,
                c ->
                    REFLECTIVE_LOOKUPS.contains(c.getNameAsString())
                        && c.getArguments().isNonEmpty()
                        && c.getArgument(0).isStringLiteralExpr()
                        && SETTERS.contains(c.getArgument(0).asStringLiteralExpr().getValue()))
            .isEmpty();
    return setter
        && scope.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("invoke")).stream()
            .anyMatch(XxeAnalyzer::invokesHardening);
  }

  private static boolean invokesHardening(MethodCallExpr invoke) {
    List<Expression> arguments = invoke.getArguments();
    if (arguments.size() < 2) {
      return false;
    }
    List<Expression> passed = new ArrayList<>(arguments.subList(1, arguments.size()));
    if (passed.size() == 1 && passed.get(0).isArrayCreationExpr()) {
      passed =
          passed
              .get(0)
              .asArrayCreationExpr()
              .getInitializer()
              .<List<Expression>>map(i -> new ArrayList<>(i.getValues()))
              .orElse(List.of());
    }
    return passed.size() == 2 && hardens(passed.get(0), passed.get(1));
  }

  private static boolean hardens(MethodCallExpr call) {
    return hardens(call.getArgument(0), call.getArgument(1));
  }

  private static boolean hardens(Expression keyExpression, Expression valueExpression) {
    String key = keyExpression.toString();
    String value = valueExpression.toString();
    return HARDENING.entrySet().stream()
        .anyMatch(
            e ->
                key.contains(e.getKey()) && value.equals(e.getValue())
                    || key.contains(e.getKey())
                        && (e.getValue().equals("false") && value.endsWith("FALSE")
                            || e.getValue().equals("true") && value.endsWith("TRUE")));
  }
}
