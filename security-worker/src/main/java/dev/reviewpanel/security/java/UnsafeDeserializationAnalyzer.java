package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodes;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Unsafe deserialization (CWE-502): {@code readObject} on an {@code ObjectInputStream} that has no
 * {@code ObjectInputFilter}, and any {@code XMLDecoder}. A stream subclass (which can validate
 * classes in {@code resolveClass}) or a JVM-wide serial filter set in this file counts as a filter;
 * a class's own {@code readObject(ObjectInputStream)} hook is not a sink. Also Jackson {@code
 * readValue} on a mapper whose default typing accepts any class the document names.
 */
@Component
public class UnsafeDeserializationAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.unsafe-deserialization",
          "deserialization",
          "CWE-502",
          Severity.CRITICAL,
          Confidence.MEDIUM,
          "Unsafe deserialization",
          "Do not deserialize untrusted bytes with Java serialization or XMLDecoder; use a data"
              + " format (JSON) or set an allow-list ObjectInputFilter on the stream first.");

  // a fact about the mapper, not a traced flow: at most MEDIUM (docs/findings.md)
  static final Rule OPEN_TYPING = RULE.at(Severity.MEDIUM, Confidence.MEDIUM);
  // docs/findings.md: CRITICAL needs request data on a traced path. The caller's stream (a
  // parameter: a library's deserialize(InputStream) helper) is safe or not by how it is called, a
  // note like the taint engine's entry points; a stream of other origin (a file, a socket the
  // program opened) is at most MEDIUM with LOW confidence.
  static final Rule CALLER_STREAM_RULE = RULE.at(Severity.LOW, Confidence.LOW);
  static final Rule UNKNOWN_STREAM_RULE = RULE.at(Severity.MEDIUM, Confidence.LOW);
  // A column of the program's own database (a job store reading back the job data it serialized)
  // is data the program stored itself, like a cache file it wrote: a note.
  static final Rule OWN_STORE_RULE = RULE.at(Severity.LOW, Confidence.LOW);

  private static final Set<String> READS = Set.of("readObject", "readUnshared");
  private static final Set<String> SERIALIZATION_HOOKS =
      Set.of("readObject", "readObjectNoData", "readExternal", "readResolve");

  @Override
  public String name() {
    return "java-unsafe-deserialization";
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    file.java()
        .filter(
            unit ->
                JavaNodes.of(file, MethodCallExpr.class).stream()
                    .noneMatch(c -> c.getNameAsString().equals("setSerialFilter")))
        .ifPresent(unit -> super.analyze(file, findings));
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    if (SERIALIZATION_HOOKS.contains(method.callable().getNameAsString())) {
      return;
    }
    Set<String> filtered = new HashSet<>();
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (call.getNameAsString().equals("setObjectInputFilter")) {
        call.getScope().flatMap(MethodFlow::rootName).ifPresent(filtered::add);
      }
    }
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (READS.contains(call.getNameAsString())
          && call.getScope().filter(s -> isUnfilteredStream(s, method, filtered)).isPresent()) {
        Expression scope = call.getScope().get();
        boolean fromRequest = isRequestStream(scope, method);
        Origin origin = fromRequest ? Origin.OTHER : origin(scope, method);
        report(
            findings,
            fromRequest
                ? RULE
                : origin == Origin.CALLER
                    ? CALLER_STREAM_RULE
                    : origin == Origin.DATABASE ? OWN_STORE_RULE : UNKNOWN_STREAM_RULE,
            call,
            "ObjectInputStream."
                + call.getNameAsString()
                + "() deserializes "
                + switch (origin) {
                  case CALLER ->
                      "the stream its caller passes (parameter of "
                          + method.callable().getNameAsString()
                          + "()), safe only if every caller passes trusted bytes, without an"
                          + " ObjectInputFilter.";
                  case DATABASE ->
                      "a column read from the program's own database (a JDBC ResultSet or Blob)"
                          + " without an ObjectInputFilter. These are bytes the program stored"
                          + " there itself: only whoever can already write those rows could plant"
                          + " a gadget chain, so this is a note; filter the stream if other"
                          + " systems or users write the table.";
                  case OTHER -> origin(fromRequest) + " without an ObjectInputFilter.";
                });
      }
    }
    // the mappers of the method's class are looked for only when the method reads a document
    JacksonDefaultTyping jackson = null;
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (!JacksonDefaultTyping.mayRead(call)) {
        continue;
      }
      if (jackson == null) {
        jackson = new JacksonDefaultTyping(method);
      }
      if (jackson.reads(call)) {
        report(
            findings,
            OPEN_TYPING,
            call,
            "Jackson "
                + call.getNameAsString()
                + "() on a mapper with default typing and no limit on subtypes builds any class"
                + " the document names in its type id.");
      }
    }
    for (ObjectCreationExpr creation : method.own(ObjectCreationExpr.class)) {
      if (creation.getType().getNameAsString().equals("XMLDecoder")) {
        report(
            findings,
            RULE,
            creation,
            "XMLDecoder can instantiate arbitrary classes and call their methods.");
      }
    }
  }

  private static boolean isUnfilteredStream(
      Expression scope, MethodFlow method, Set<String> filtered) {
    if (scope.isObjectCreationExpr()) {
      return isPlainStream(scope);
    }
    if (!scope.isNameExpr() || filtered.contains(scope.asNameExpr().getNameAsString())) {
      return false;
    }
    String name = scope.asNameExpr().getNameAsString();
    List<Expression> values = method.valuesOf(name);
    if (values.isEmpty()) {
      // A parameter or field: the caller's stream, which nothing here filtered.
      return method.typeOf(scope).filter("ObjectInputStream"::equals).isPresent();
    }
    return values.stream().anyMatch(UnsafeDeserializationAnalyzer::isPlainStream);
  }

  // A subclass (named or anonymous) is assumed to validate classes in resolveClass.
  private static boolean isPlainStream(Expression value) {
    return value instanceof ObjectCreationExpr creation
        && creation.getType().getNameAsString().equals("ObjectInputStream")
        && creation.getAnonymousClassBody().isEmpty();
  }

  /** Where the bytes of a stream come from, followed back through wrappers and decoders. */
  enum Origin {
    CALLER,
    DATABASE,
    OTHER
  }

  // JDBC reads of a column: ResultSet.getBytes/getBinaryStream/getBlob, Blob.getBinaryStream/
  // getBytes
  private static final Set<String> COLUMN_READS =
      Set.of("getBytes", "getBinaryStream", "getBlob", "getObject");
  private static final Set<String> JDBC_HOLDERS = Set.of("ResultSet", "Blob");

  // The one origin every source of the stream shares, or OTHER: a parameter (new
  // ObjectInputStream(in), new ObjectInputStream(new ByteArrayInputStream(decode(encoded)))) is
  // the caller's; rs.getBytes(col), rs.getBlob(col).getBinaryStream() is the program's database.
  static Origin origin(Expression scope, MethodFlow method) {
    Set<String> parameters = new HashSet<>();
    method.callable().getParameters().forEach(p -> parameters.add(p.getNameAsString()));
    Set<Origin> found = new HashSet<>();
    trace(scope, method, parameters, found, new HashSet<>(), 0);
    return found.size() == 1 ? found.iterator().next() : Origin.OTHER;
  }

  private static void trace(
      Expression expression,
      MethodFlow method,
      Set<String> parameters,
      Set<Origin> found,
      Set<String> seen,
      int depth) {
    if (depth > 6) {
      found.add(Origin.OTHER);
      return;
    }
    Expression value = expression;
    while (value.isEnclosedExpr() || value.isCastExpr()) {
      value =
          value.isEnclosedExpr()
              ? value.asEnclosedExpr().getInner()
              : value.asCastExpr().getExpression();
    }
    if (value.isNameExpr()) {
      String name = value.asNameExpr().getNameAsString();
      if (!seen.add(name)) {
        return;
      }
      List<Expression> values = method.valuesOf(name);
      if (values.isEmpty()) {
        found.add(parameters.contains(name) ? Origin.CALLER : Origin.OTHER);
      }
      values.stream()
          .filter(v -> !v.isNullLiteralExpr())
          .forEach(v -> trace(v, method, parameters, found, seen, depth + 1));
    } else if (value instanceof ObjectCreationExpr creation
        && creation.getType().getNameAsString().endsWith("InputStream")
        && creation.getArguments().size() >= 1) {
      trace(creation.getArgument(0), method, parameters, found, seen, depth + 1);
    } else if (value instanceof MethodCallExpr call
        && COLUMN_READS.contains(call.getNameAsString())
        && call.getScope()
            .flatMap(MethodFlow::root)
            .flatMap(method::typeOf)
            .filter(JDBC_HOLDERS::contains)
            .isPresent()) {
      found.add(Origin.DATABASE);
    } else if (value instanceof MethodCallExpr call
        && call.getNameAsString().startsWith("decode")
        && call.getArguments().size() >= 1) {
      trace(call.getArgument(0), method, parameters, found, seen, depth + 1);
    } else {
      found.add(Origin.OTHER);
    }
  }

  private static boolean isRequestStream(Expression scope, MethodFlow method) {
    List<Expression> values =
        scope.isNameExpr() ? method.valuesOf(scope.asNameExpr().getNameAsString()) : List.of(scope);
    return values.stream()
        .filter(Expression::isObjectCreationExpr)
        .flatMap(v -> v.asObjectCreationExpr().getArguments().stream())
        .anyMatch(
            a ->
                !method.flowOf(a).exposures().isEmpty()
                    || a
                        .findAll(
                            MethodCallExpr.class, c -> c.getNameAsString().equals("getInputStream"))
                        .stream()
                        .anyMatch(c -> c.getScope().filter(method::isRequest).isPresent()));
  }
}
