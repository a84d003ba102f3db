package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.NodeIndex;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.performance.model.KeySpace;
import dev.reviewpanel.performance.model.KeySpace.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * What the keys of a module-level dict are made of ({@link KeySpace}), read from the functions
 * that write it: literals and constants; a name the program gives its own templates, aliases or
 * backends; a parameter annotated as a class ({@code cls: Type[Exception]}); a parameter that first
 * picks an entry of a dict literal ({@code m[hash_algorithm_name]}: any other key fails before the
 * write); or a parameter every call of the writer in the file fills with a literal ({@code
 * self.match(r"\$\{")}) or a literal with a part filled in ({@code self.match(r"(%s)" % text_re)}).
 */
final class PythonKeyDomain {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern LITERAL =
      Pattern.compile(
          "(?s)[rbuRBU]{0,2}('[^']*'|\"[^\"]*\"|'''.*'''|\"\"\".*\"\"\")|-?\\d[\\w.]*"
              + "|True|False|None");
  // re.S, logging.DEBUG, MAX_SIZE: a constant of the program or a library
  private static final Pattern CONSTANT = Pattern.compile("([A-Za-z_]\\w*\\.)*[A-Z][A-Z0-9_]*");
  private static final Pattern CLASS_TYPE = Pattern.compile("(typing\\.)?(Type|type)(\\[.*)?");
  private static final Set<String> CLASS_NAMES = Set.of("cls", "klass", "class_");
  private static final Set<String> OWN_NAME_WORDS =
      Set.of("template", "templates", "tpl", "alias", "backend", "logger", "transport");

  private final SyntaxTree tree;
  private final NodeIndex nodes;

  PythonKeyDomain(SyntaxTree tree, NodeIndex nodes) {
    this.tree = tree;
    this.nodes = nodes;
  }

  /** The kinds of every part of every key the writers store in {@code map} under. */
  KeySpace of(List<TSNode> writers, String map) {
    Pattern key =
        Pattern.compile(
            "\\b"
                + Pattern.quote(map)
                + "\\s*\\[([^\\]'\"]+)\\]\\s*=[^=]|\\b"
                + Pattern.quote(map)
                + "\\.setdefault\\(\\s*([^,()]+),");
    List<Kind> kinds = new ArrayList<>();
    for (TSNode writer : writers) {
      String body = tree.text(writer);
      Matcher keys = key.matcher(body);
      while (keys.find()) {
        String written = (keys.group(1) != null ? keys.group(1) : keys.group(2)).strip();
        String made = assignedTo(body, written);
        if (namesOwnThing(written) || namesOwnThing(made)) {
          kinds.add(Kind.OWN_NAME); // tplid = (id(lookup), tpl): made from a template name
          continue;
        }
        for (String part : parts(made.isEmpty() ? written : made)) {
          kinds.add(kind(writer, body, part));
        }
      }
    }
    return new KeySpace(kinds);
  }

  private Kind kind(TSNode writer, String body, String part) {
    Kind value = valueKind(part);
    if (value != Kind.OPEN || !IDENTIFIER.matcher(part).matches()) {
      return value;
    }
    TSNode parameters = writer.getChildByFieldName("parameters");
    List<TSNode> declared = new ArrayList<>();
    for (int i = 0; !parameters.isNull() && i < parameters.getNamedChildCount(); i++) {
      declared.add(parameters.getNamedChild(i));
    }
    int position = -1;
    for (int i = 0; i < declared.size(); i++) {
      if (part.equals(parameterName(declared.get(i)))) {
        position = i;
      }
    }
    if (position < 0) {
      return Kind.OPEN;
    }
    TSNode parameter = declared.get(position);
    TSNode type = parameter.getChildByFieldName("type");
    if (CLASS_NAMES.contains(part)
        || !type.isNull() && CLASS_TYPE.matcher(tree.text(type)).matches()) {
      return Kind.PLATFORM;
    }
    if (picksFromLiteralDict(body, part)) {
      return Kind.FIXED;
    }
    return callSites(writer, part, position, parameter);
  }

  // m = {'SHA-1': ..., 'SHA-256': ...}; ... m[hash_algorithm_name]: another key raises first
  private boolean picksFromLiteralDict(String body, String parameter) {
    Matcher picked =
        Pattern.compile("\\b(\\w+)\\s*\\[\\s*" + Pattern.quote(parameter) + "\\s*\\](?!\\s*=[^=])")
            .matcher(body);
    while (picked.find()) {
      Pattern literalDict =
          Pattern.compile(
              "(?m)^\\s*" + Pattern.quote(picked.group(1)) + "\\s*=\\s*\\{\\s*[rbuRBU]?['\"]");
      if (literalDict.matcher(body).find() || literalDict.matcher(tree.text(tree.root())).find()) {
        return true;
      }
    }
    return false;
  }

  // Every call of the writer in the file: self.match(r"<%doc>", re.S), match(r"(%s)" % text_re)
  private Kind callSites(TSNode writer, String name, int position, TSNode parameter) {
    String function = tree.text(writer.getChildByFieldName("name"));
    boolean method = isMethod(writer);
    int index = method ? position - 1 : position;
    TSNode fallback = parameter.getChildByFieldName("value");
    List<Kind> kinds = new ArrayList<>();
    for (TSNode call : nodes.ofType("call")) {
      String callee = tree.text(call.getChildByFieldName("function"));
      if (method
          ? !callee.equals("self." + function) && !callee.equals("cls." + function)
          : !callee.equals(function)) {
        continue;
      }
      TSNode argument = argument(call, index, name);
      if (argument == null) {
        kinds.add(fallback.isNull() ? Kind.OPEN : argumentKind(fallback));
      } else {
        kinds.add(argumentKind(argument));
      }
    }
    if (kinds.isEmpty() || kinds.contains(Kind.OPEN)) {
      return Kind.OPEN;
    }
    return kinds.contains(Kind.OWN_NAME) ? Kind.OWN_NAME : Kind.FIXED;
  }

  private TSNode argument(TSNode call, int index, String name) {
    TSNode arguments = call.getChildByFieldName("arguments");
    int positional = 0;
    for (int i = 0; !arguments.isNull() && i < arguments.getNamedChildCount(); i++) {
      TSNode argument = arguments.getNamedChild(i);
      if (argument.getType().equals("keyword_argument")) {
        if (tree.text(argument.getChildByFieldName("name")).equals(name)) {
          return argument.getChildByFieldName("value");
        }
      } else if (!argument.getType().equals("comment")) {
        if (positional == index) {
          return argument;
        }
        positional++;
      }
    }
    return null;
  }

  // r"<%doc>", "a" "b", 1, None, re.S: fixed; r"(%s)" % x, "{}".format(x), f"{x}": a literal
  // with a part filled in
  private Kind argumentKind(TSNode argument) {
    String type = argument.getType();
    if (type.equals("string") || type.equals("concatenated_string")) {
      boolean[] filled = {false};
      SyntaxTree.walk(argument, n -> filled[0] |= n.getType().equals("interpolation"));
      return filled[0] ? Kind.OWN_NAME : Kind.FIXED;
    }
    if (Set.of("integer", "float", "true", "false", "none").contains(type)) {
      return Kind.FIXED;
    }
    if (type.equals("binary_operator")) {
      // re.I | re.S: fixed; r"(%s)" % text_re: a literal with a part filled in
      TSNode left = argument.getChildByFieldName("left");
      TSNode right = argument.getChildByFieldName("right");
      Kind leftKind = left.isNull() ? Kind.OPEN : argumentKind(left);
      if (leftKind == Kind.FIXED && !right.isNull() && argumentKind(right) == Kind.FIXED) {
        return Kind.FIXED;
      }
      return leftKind != Kind.OPEN ? Kind.OWN_NAME : Kind.OPEN;
    }
    if (type.equals("identifier")) {
      TSNode bound = boundOnce(argument);
      if (bound != null && !bound.getType().equals("identifier")) {
        return argumentKind(bound);
      }
    }
    if (type.equals("call")) {
      TSNode function = argument.getChildByFieldName("function");
      return function.getType().equals("attribute")
              && tree.text(function.getChildByFieldName("attribute")).equals("format")
              && argumentKind(function.getChildByFieldName("object")) != Kind.OPEN
          ? Kind.OWN_NAME
          : Kind.OPEN;
    }
    return valueKind(tree.text(argument));
  }

  // reg = r"..." then self.match(reg): the value a local of the calling function is bound to, when
  // it is bound once
  private TSNode boundOnce(TSNode name) {
    TSNode function = name.getParent();
    while (function != null
        && !function.isNull()
        && !function.getType().equals("function_definition")) {
      function = function.getParent();
    }
    if (function == null || function.isNull()) {
      return null;
    }
    String local = tree.text(name);
    List<TSNode> values = new ArrayList<>();
    SyntaxTree.walk(
        function,
        n -> {
          if (n.getType().equals("assignment")
              && tree.text(n.getChildByFieldName("left")).equals(local)) {
            values.add(n.getChildByFieldName("right"));
          }
        });
    return values.size() == 1 && !values.get(0).isNull() ? values.get(0) : null;
  }

  // a literal or a constant; a literal with a part filled in ("(%s)" % x, "{}".format(x), f"{x}")
  private static Kind valueKind(String text) {
    String value = text.strip();
    if (LITERAL.matcher(value).matches() && !value.matches("(?s)[rbuRBU]*[fF].*\\{.*")) {
      return Kind.FIXED;
    }
    if (CONSTANT.matcher(value).matches()) {
      return Kind.FIXED;
    }
    if (value.matches("(?s)[rbuRBUfF]{0,2}['\"].*")) {
      return Kind.OWN_NAME;
    }
    return namesOwnThing(value) ? Kind.OWN_NAME : Kind.OPEN;
  }

  private static List<String> parts(String key) {
    String inner = key.strip();
    if (inner.startsWith("(") && inner.endsWith(")")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (")]}".indexOf(c) >= 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(inner.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (!inner.substring(start).isBlank()) {
      parts.add(inner.substring(start).strip());
    }
    return parts;
  }

  private String parameterName(TSNode parameter) {
    if (parameter.getType().equals("identifier")) {
      return tree.text(parameter);
    }
    TSNode name = parameter.getChildByFieldName("name");
    if (!name.isNull()) {
      return tree.text(name);
    }
    // typed_parameter: the identifier comes first, the type after it
    return parameter.getNamedChildCount() > 0 ? tree.text(parameter.getNamedChild(0)) : "";
  }

  private static boolean isMethod(TSNode function) {
    TSNode block = function.getParent();
    if (block != null && !block.isNull() && block.getType().equals("decorated_definition")) {
      block = block.getParent();
    }
    TSNode owner = block == null || block.isNull() ? null : block.getParent();
    return owner != null && !owner.isNull() && owner.getType().equals("class_definition");
  }

  static boolean namesOwnThing(String expression) {
    Matcher identifiers = IDENTIFIER.matcher(expression);
    while (identifiers.find()) {
      String identifier = identifiers.group();
      if (identifier.equals("name")
          || Arrays.stream(identifier.toLowerCase(Locale.ROOT).split("_"))
              .anyMatch(OWN_NAME_WORDS::contains)) {
        return true;
      }
    }
    return false;
  }

  // key = (id(lookup), tpl) in the writer: what the key variable is made of.
  private static String assignedTo(String body, String variable) {
    if (!IDENTIFIER.matcher(variable).matches()) {
      return "";
    }
    Matcher assignment =
        Pattern.compile("(?m)^\\s*" + Pattern.quote(variable) + "\\s*=(?!=)(.*)$").matcher(body);
    return assignment.find() ? assignment.group(1) : "";
  }
}
