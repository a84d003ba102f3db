package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.bug.syntax.CodeExcerpt;
import dev.reviewpanel.bug.syntax.ScriptNodeAnalyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * {@code ==}/{@code !=} where type coercion changes the answer: literals of different kinds,
 * booleans, falsy values ({@code 0}, {@code ''}) and array/object literals. {@code == null} is the
 * accepted idiom for "null or undefined" and is left alone. An operand the code shows to be a
 * string (a platform string property such as {@code document.cookie}, a call that returns one such
 * as {@code String(x)} or {@code s.trim()}, {@code typeof x}, an element of {@code s.split(...)})
 * counts as a string: compared with a string literal nothing is coerced ({@code document.cookie !=
 * ''}); compared with a number it is parsed as one, which is what such code asks ({@code
 * segments[1] == 0} for a positional path): LOW. Against a boolean or a number literal, an operand
 * the code declares as such ({@code flag: boolean}, {@code let found = false}, {@code n: number})
 * coerces nothing and is quiet; one only named as such ({@code this.isSharded == true}, {@code
 * tagIndex == 0}) is LOW: the name says what it holds, the code does not prove it.
 */
@Component
class LooseEqualityAnalyzer extends ScriptNodeAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.loose-equality",
          "correctness",
          "CWE-1024",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Loose equality with type coercion",
          "Use === / !== so values of different types never compare equal by coercion.");

  // The kind of a string the code makes (a call, a property, an element of a split), not a literal.
  private static final String STRING_VALUE = "string-value";

  private static final String PARSES_A_STRING =
      "compares a string with a number: the string is parsed as a number, which is what the code"
          + " asks (a path segment tested against 0); LOW, as only '' and blanks also parse as 0";

  private static final String NAMED_BOOLEAN =
      "compares a value named as a boolean with a boolean: for a boolean == answers as === does;"
          + " LOW, as only a non-boolean such as 1 or '1' would differ";

  private static final String NAMED_NUMBER =
      "compares a value named as a number (an index, a count, a size) with a number: for a number"
          + " == answers as === does; LOW, as only a string such as '' or '0' would differ";

  // is/has/should... followed by a capital: the usual name of a flag
  private static final Pattern BOOLEAN_NAME =
      Pattern.compile("^_*(is|has|should|can|was|did|will)[A-Z0-9_]");

  // an index, a count, a length, a size or an offset, alone or as a name's last word
  private static final Pattern NUMBER_NAME =
      Pattern.compile(
          "^_*(index|count|length|size|offset)$|[a-z0-9](Index|Count|Length|Size|Offset)$"
              + "|_(index|count|length|size|offset)$");

  // Properties the platform defines as strings: the cookie header, the URL's parts, text content.
  private static final Pattern STRING_PROPERTIES =
      Pattern.compile(
          "(^|\\.)(document\\.(cookie|title|referrer|domain)|location\\.(href|hash|search|pathname"
              + "|host|hostname|protocol|origin)|navigator\\.userAgent|textContent|innerText"
              + "|innerHTML|outerHTML|tagName|nodeName)$");

  private static final Set<String> STRING_METHODS =
      Set.of(
          "toString",
          "trim",
          "trimStart",
          "trimEnd",
          "toLowerCase",
          "toUpperCase",
          "join",
          "substring",
          "substr",
          "charAt",
          "padStart",
          "padEnd",
          "toFixed");

  private static final Set<Language> LANGUAGES = Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);

  LooseEqualityAnalyzer() {
    super("javascript-loose-equality", LANGUAGES, "binary_expression");
  }

  @Override
  protected void check(SyntaxTree tree, TSNode node, Findings findings) {
    TSNode operator = node.getChildByFieldName("operator");
    if (operator.isNull()
        || !(operator.getType().equals("==") || operator.getType().equals("!="))) {
      return;
    }
    TSNode leftNode = node.getChildByFieldName("left");
    TSNode rightNode = node.getChildByFieldName("right");
    String left = kind(tree, leftNode);
    String right = kind(tree, rightNode);
    String problem = problem(left, right);
    if (problem != null) {
      // what a declaration or a name says of the other operand may quiet or lower it
      problem =
          problem(refined(tree, leftNode, left, right), refined(tree, rightNode, right, left));
    }
    if (problem != null) {
      findings.report(
          PARSES_A_STRING.equals(problem)
              ? RULE.at(Severity.LOW, Confidence.HIGH)
              : NAMED_BOOLEAN.equals(problem) || NAMED_NUMBER.equals(problem)
                  ? RULE.at(Severity.LOW, Confidence.LOW)
                  : RULE,
          SyntaxTree.startLine(node),
          "'"
              + CodeExcerpt.of(tree.text(node))
              + "' "
              + problem
              + "; use "
              + operator.getType()
              + "=.");
    }
  }

  private static String problem(String left, String right) {
    if (isNullish(left) || isNullish(right)) {
      return null;
    }
    if (either(left, right, "declared-boolean", "boolean")) {
      return null; // both booleans: nothing is coerced
    }
    if (either(left, right, "named-boolean", "boolean")) {
      return NAMED_BOOLEAN;
    }
    if (either(left, right, "named-number", "number")
        || either(left, right, "named-number", "falsy-number")) {
      return NAMED_NUMBER;
    }
    if (left.equals("boolean") || right.equals("boolean")) {
      return "coerces both sides to numbers (only 1 == true, but also '1' == true)";
    }
    if (sameType(left, right)) {
      return null; // value % 1 == 0, list.length == 0, document.cookie != '': no coercion
    }
    if (left.equals(STRING_VALUE) && right.endsWith("number")
        || right.equals(STRING_VALUE) && left.endsWith("number")) {
      return PARSES_A_STRING;
    }
    if (left.startsWith("falsy") || right.startsWith("falsy")) {
      return "is also true for other falsy-looking values ('' == 0, '0' == 0, [] == 0)";
    }
    if (left.equals("array-or-object") || right.equals("array-or-object")) {
      return "compares with a fresh array/object literal, converted to a primitive";
    }
    if (!left.equals("unknown") && !right.equals("unknown") && !left.equals(right)) {
      return "compares a " + left + " with a " + right + " by coercion";
    }
    return null;
  }

  private static boolean either(String left, String right, String one, String other) {
    return left.equals(one) && right.equals(other) || left.equals(other) && right.equals(one);
  }

  /**
   * An operand of no evident kind compared with a boolean or a number literal: what its declaration
   * says ("declared-boolean", "number"), else what its name says ("named-boolean", "named-number"),
   * else still "unknown". Only ever quiets or lowers: against anything else an unknown operand
   * stays unknown.
   */
  private static String refined(SyntaxTree tree, TSNode operand, String kind, String other) {
    boolean againstBoolean = other.equals("boolean");
    boolean againstNumber = other.equals("number") || other.equals("falsy-number");
    if (!kind.equals("unknown") || !(againstBoolean || againstNumber) || operand.isNull()) {
      return kind;
    }
    String name = null;
    if (operand.getType().equals("identifier")) {
      name = tree.text(operand);
      String declared = DeclaredKinds.of(tree, operand, name, value -> plain(kind(tree, value)));
      if (againstBoolean && "boolean".equals(declared)) {
        return "declared-boolean";
      }
      if (againstNumber && "number".equals(declared)) {
        return "number";
      }
    } else if (operand.getType().equals("member_expression")) {
      TSNode property = operand.getChildByFieldName("property");
      name = property.isNull() ? null : tree.text(property);
    }
    if (name == null) {
      return kind;
    }
    if (againstBoolean && BOOLEAN_NAME.matcher(name).find()) {
      return "named-boolean";
    }
    return againstNumber && NUMBER_NAME.matcher(name).find() ? "named-number" : kind;
  }

  private static boolean sameType(String left, String right) {
    return plain(left).equals(plain(right))
        && !left.equals("unknown")
        && !left.equals("array-or-object");
  }

  // a string the code makes counts as a string literal does; 0 and '' as their kind
  private static String plain(String kind) {
    return kind.equals(STRING_VALUE) ? "string" : kind.replace("falsy-", "");
  }

  private static boolean isNullish(String kind) {
    return kind.equals("null") || kind.equals("undefined");
  }

  // The literal kind of an operand, "falsy-…" for 0 and '', or "unknown".
  private static String kind(SyntaxTree tree, TSNode operand) {
    if (operand.isNull()) {
      return "unknown";
    }
    String text = tree.text(operand);
    return switch (operand.getType()) {
      case "null" -> "null";
      case "undefined" -> "undefined";
      case "identifier" -> text.equals("undefined") ? "undefined" : "unknown";
      case "true", "false" -> "boolean";
      case "number" -> isZero(text) ? "falsy-number" : "number";
      case "string", "template_string" -> text.length() == 2 ? "falsy-string" : "string";
      case "array", "object" -> "array-or-object";
      case "unary_expression" ->
          text.startsWith("-") || text.startsWith("+")
              ? "number"
              : text.startsWith("typeof") ? STRING_VALUE : "unknown";
      case "parenthesized_expression" -> kind(tree, operand.getNamedChild(0));
      // (t = x >>> 16) != 0: an assignment is worth what it assigns
      case "assignment_expression" -> kind(tree, operand.getChildByFieldName("right"));
      // (a > b) ? a - b : -1 == 0: both branches of one kind
      case "ternary_expression" -> {
        String consequence = kind(tree, operand.getChildByFieldName("consequence"));
        String alternative = kind(tree, operand.getChildByFieldName("alternative"));
        yield plain(consequence).equals(plain(alternative)) ? plain(consequence) : "unknown";
      }
      case "binary_expression" -> isArithmetic(tree, operand) ? "number" : "unknown";
      case "member_expression" ->
          text.endsWith(".length")
              ? "number"
              : STRING_PROPERTIES.matcher(text).find() ? STRING_VALUE : "unknown";
      case "call_expression" ->
          madeString(tree, operand)
              ? STRING_VALUE
              : madeNumber(tree, operand) ? "number" : "unknown";
      case "subscript_expression" -> splitPart(tree, operand) ? STRING_VALUE : "unknown";
      default -> "unknown";
    };
  }

  // String(x), x.toString(), s.trim(), parts.join('.'): a call that returns a string
  private static boolean madeString(SyntaxTree tree, TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull()) {
      return false;
    }
    if (callee.getType().equals("identifier")) {
      return tree.text(callee).equals("String");
    }
    TSNode property = callee.getChildByFieldName("property");
    return callee.getType().equals("member_expression")
        && !property.isNull()
        && STRING_METHODS.contains(tree.text(property));
  }

  // a.compareTo(b), x.signum(), s.indexOf(c), Math.abs(x): a call whose name says it answers a
  // number (an ordering, a sign, a position, a code unit)
  private static final Set<String> NUMBER_METHODS =
      Set.of(
          "compareTo",
          "compare",
          "signum",
          "indexOf",
          "lastIndexOf",
          "findIndex",
          "charCodeAt",
          "codePointAt",
          "search",
          "localeCompare",
          "bitLength");

  private static boolean madeNumber(SyntaxTree tree, TSNode call) {
    TSNode callee = call.getChildByFieldName("function");
    if (callee.isNull() || !callee.getType().equals("member_expression")) {
      return false;
    }
    TSNode property = callee.getChildByFieldName("property");
    TSNode object = callee.getChildByFieldName("object");
    return !property.isNull()
        && (NUMBER_METHODS.contains(tree.text(property))
            || !object.isNull() && tree.text(object).equals("Math"));
  }

  // parts[1] where parts = path.split('.') in the same function: an element of a split is a string
  private static boolean splitPart(SyntaxTree tree, TSNode subscript) {
    TSNode object = subscript.getChildByFieldName("object");
    if (object.isNull() || !object.getType().equals("identifier")) {
      return false;
    }
    String name = tree.text(object);
    TSNode scope = subscript;
    while (scope.getParent() != null
        && !scope.getParent().isNull()
        && !DeclaredKinds.FUNCTIONS.contains(scope.getType())) {
      scope = scope.getParent();
    }
    List<TSNode> values = new ArrayList<>();
    boolean[] reassigned = {false};
    SyntaxTree.walk(
        scope,
        node -> {
          if (node.getType().equals("variable_declarator")
              && tree.text(node.getChildByFieldName("name")).equals(name)) {
            values.add(node.getChildByFieldName("value"));
          } else if (node.getType().equals("assignment_expression")
              && tree.text(node.getChildByFieldName("left")).equals(name)) {
            reassigned[0] = true;
          }
        });
    if (values.size() != 1 || reassigned[0] || values.get(0).isNull()) {
      return false;
    }
    TSNode value = values.get(0);
    TSNode callee = value.getChildByFieldName("function");
    return value.getType().equals("call_expression")
        && !callee.isNull()
        && callee.getType().equals("member_expression")
        && tree.text(callee.getChildByFieldName("property")).equals("split");
  }

  // value % 1, a * b, n >> 1: always a number (+ may join strings)
  private static boolean isArithmetic(SyntaxTree tree, TSNode binary) {
    TSNode operator = binary.getChildByFieldName("operator");
    return !operator.isNull()
        && Set.of("-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>")
            .contains(operator.getType());
  }

  private static boolean isZero(String number) {
    return number.matches("0+(\\.0*)?|0[xXbBoO]0+|0n");
  }
}
