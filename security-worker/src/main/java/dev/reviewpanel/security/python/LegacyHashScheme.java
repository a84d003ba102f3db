package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A weak hash inside an implementation of a named password-hash scheme: a hasher or handler class
 * of a hashing framework (Django's {@code MD5PasswordHasher(BasePasswordHasher)}, passlib's {@code
 * postgres_md5(uh.StaticHandler)}), or a module-level helper only such classes call ({@code
 * _raw_md5_crypt}). The code implements the legacy scheme on purpose, so stored hashes can be
 * verified and migrated; the weakness is in choosing the scheme, which is configuration elsewhere.
 * A class is such an implementation when it subclasses a base named for a hasher or handler, or
 * when it has a base (it plugs into a framework) and declares the algorithm it implements ({@code
 * algorithm = "md5"}) or names the weak algorithm in its own name or a base's. An application's own
 * function or base-less class that hashes its users' passwords with MD5 is none of these.
 */
final class LegacyHashScheme {

  private static final Pattern HASHER_BASE = Pattern.compile("(?i)(hasher|handler|hash)$");
  private static final Pattern WEAK_NAME = Pattern.compile("(^|_)(md5|sha1|md4|md2)(_|$)");
  private static final Pattern ALGORITHM_ATTRIBUTE = Pattern.compile("^algorithm$");
  private static final int MAX_CALLERS = 20;

  private LegacyHashScheme() {}

  /** Why the hash at {@code call} implements a named legacy scheme, if it does. */
  static Optional<String> of(SyntaxTree tree, TSNode call) {
    TSNode function = null;
    for (TSNode up = call.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("class_definition")) {
        return scheme(tree, up).map(LegacyHashScheme::reason);
      }
      if (function == null && up.getType().equals("function_definition")) {
        function = up;
      }
    }
    return function == null ? Optional.empty() : calledOnlyBySchemes(tree, function);
  }

  // def _raw_md5_crypt(pwd, salt): a module's helper that only hasher classes of the file call
  private static Optional<String> calledOnlyBySchemes(SyntaxTree tree, TSNode function) {
    String helper = tree.text(function.getChildByFieldName("name"));
    List<Optional<String>> callers = new ArrayList<>();
    tree.walk(
        node -> {
          if (callers.size() < MAX_CALLERS
              && node.getType().equals("call")
              && tree.text(node.getChildByFieldName("function")).equals(helper)) {
            callers.add(enclosingClass(node).flatMap(c -> scheme(tree, c)));
          }
        });
    if (callers.isEmpty() || callers.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return callers.get(0).map(scheme -> reason(scheme) + " (" + helper + " is its helper)");
  }

  private static String reason(String scheme) {
    return "it implements the legacy password-hash scheme of "
        + scheme
        + ", kept so stored hashes can be verified and migrated; choosing the scheme is"
        + " configuration";
  }

  // What makes the class an implementation of a named scheme, said as "the class X (why)".
  private static Optional<String> scheme(SyntaxTree tree, TSNode cls) {
    String name = tree.text(cls.getChildByFieldName("name"));
    List<String> bases = bases(tree, cls);
    for (String base : bases) {
      if (HASHER_BASE.matcher(base).find()) {
        return Optional.of("the class " + name + " (it subclasses " + base + ")");
      }
    }
    if (bases.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> algorithm = algorithmAttribute(tree, cls);
    if (algorithm.isPresent()) {
      return Optional.of("the class " + name + " (algorithm = " + algorithm.get() + ")");
    }
    boolean namesWeak =
        WEAK_NAME.matcher(snake(name)).find()
            || bases.stream().anyMatch(base -> WEAK_NAME.matcher(snake(base)).find());
    return namesWeak
        ? Optional.of("the class " + name + " (it or its base names the algorithm)")
        : Optional.empty();
  }

  private static List<String> bases(SyntaxTree tree, TSNode cls) {
    List<String> bases = new ArrayList<>();
    TSNode superclasses = cls.getChildByFieldName("superclasses");
    if (superclasses == null || superclasses.isNull()) {
      return bases;
    }
    for (int i = 0; i < superclasses.getNamedChildCount(); i++) {
      TSNode base = superclasses.getNamedChild(i);
      if (base.getType().equals("identifier") || base.getType().equals("attribute")) {
        String text = tree.text(base);
        String simple = text.substring(text.lastIndexOf('.') + 1);
        if (!simple.equals("object")) {
          bases.add(simple);
        }
      }
    }
    return bases;
  }

  // algorithm = "md5" in the class body
  private static Optional<String> algorithmAttribute(SyntaxTree tree, TSNode cls) {
    TSNode body = cls.getChildByFieldName("body");
    if (body == null || body.isNull()) {
      return Optional.empty();
    }
    for (int i = 0; i < body.getNamedChildCount(); i++) {
      TSNode statement = body.getNamedChild(i);
      TSNode assignment = statement.getNamedChildCount() > 0 ? statement.getNamedChild(0) : null;
      if (assignment != null && assignment.getType().equals("assignment")) {
        TSNode left = assignment.getChildByFieldName("left");
        TSNode right = assignment.getChildByFieldName("right");
        if (!left.isNull()
            && !right.isNull()
            && right.getType().equals("string")
            && ALGORITHM_ATTRIBUTE.matcher(tree.text(left)).matches()) {
          return Optional.of(tree.text(right));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<TSNode> enclosingClass(TSNode node) {
    for (TSNode up = node.getParent(); up != null && !up.isNull(); up = up.getParent()) {
      if (up.getType().equals("class_definition")) {
        return Optional.of(up);
      }
    }
    return Optional.empty();
  }

  // SHA1PasswordHasher -> sha1_password_hasher, _MD5_Common -> _md5_common
  private static String snake(String text) {
    return text.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }
}
