package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.JavaNodeAnalyzer;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.java.JavaDeclaration;
import dev.reviewpanel.code.model.java.JavaNames;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A regular expression compiled on every loop iteration: {@code Pattern.compile} or the String
 * methods that compile their argument ({@code matches}, {@code replaceAll}, {@code split}...). LOW
 * in a single loop whose item the pattern is built from ({@code Pattern.quote(word)}: it cannot be
 * hoisted, only cached) or that walks a varargs parameter (a fixed few arguments).
 */
@Component
public class RegexInLoopAnalyzer extends JavaNodeAnalyzer<MethodCallExpr> {

  static final Rule RULE =
      new Rule(
          "java.regex-in-loop",
          "regex",
          null,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Regular expression compiled inside a loop",
          "Compile the pattern once into a private static final Pattern and use"
              + " PATTERN.matcher(input) in the loop; for a plain literal use String.replace.");

  static final Rule FEW = RULE.at(Severity.LOW, Confidence.HIGH);

  /** String methods that compile their first argument, with the argument count they take. */
  private static final Map<String, Set<Integer>> STRING_REGEX_METHODS =
      Map.of(
          "matches", Set.of(1),
          "replaceAll", Set.of(2),
          "replaceFirst", Set.of(2),
          "split", Set.of(1, 2));

  private static final Set<String> PATTERN = Set.of("Pattern");
  private static final String SPLIT_FAST_PATH_META = ".$|()[{^?*+\\";

  public RegexInLoopAnalyzer() {
    super("java-regex-in-loop", MethodCallExpr.class);
  }

  @Override
  protected void check(MethodCallExpr call, Findings findings) {
    Optional<String> what = compiles(call);
    if (what.isEmpty()) {
      return;
    }
    List<Loop> loops = Loops.allEnclosing(call);
    if (loops.isEmpty()) {
      return;
    }
    Loop loop = loops.get(0);
    String message =
        "%s compiles a regex on every iteration of the loop at line %d"
            .formatted(what.get(), loop.line());
    Optional<String> few = loops.size() == 1 ? whyFew(call, loop) : Optional.empty();
    findings.report(few.isPresent() ? FEW : RULE, Lines.of(call), message + few.orElse(""));
  }

  // one loop only (an outer loop would compile the same patterns again and again) whose item the
  // pattern is built from, or that walks a varargs parameter
  private static Optional<String> whyFew(MethodCallExpr call, Loop loop) {
    Optional<String> item = LoopBounds.reads(call.getArgument(0), LoopBounds.variables(loop));
    if (item.isPresent()) {
      return Optional.of(
          ("; LOW: the pattern is built from the loop's item '%s', so it cannot be compiled once"
                  + " before the loop, only cached per item")
              .formatted(item.get()));
    }
    return LoopBounds.varargs(loop)
        .map(
            parameter ->
                ("; LOW: the loop walks the varargs parameter '%s', once per argument written at"
                        + " the call: a fixed few compilations")
                    .formatted(parameter));
  }

  private static Optional<String> compiles(MethodCallExpr call) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    if ((name.equals("compile") || name.equals("matches"))
        && TypeNames.isOneOf(scope.get(), PATTERN)) {
      return Optional.of("Pattern." + name + "()");
    }
    Set<Integer> arities = STRING_REGEX_METHODS.get(name);
    if (arities == null || !arities.contains(call.getArguments().size())) {
      return Optional.empty();
    }
    Optional<JavaDeclaration> receiverType = JavaNames.of(scope.get());
    if (receiverType.isPresent() && !receiverType.get().isString()) {
      return Optional.empty();
    }
    Expression regex = call.getArgument(0);
    boolean stringRegex =
        regex instanceof StringLiteralExpr
            || regex instanceof BinaryExpr
            || JavaNames.of(regex).map(JavaDeclaration::isString).orElse(false);
    boolean stringReceiver = receiverType.isPresent();
    if (!stringRegex || (!stringReceiver && !(regex instanceof StringLiteralExpr))) {
      return Optional.empty();
    }
    if (name.equals("split") && !(regex instanceof StringLiteralExpr)) {
      // a separator passed in is usually one char, which split handles without a regex
      return Optional.empty();
    }
    if (name.equals("split") && regex instanceof StringLiteralExpr literal && fastSplit(literal)) {
      return Optional.empty();
    }
    return Optional.of("String." + name + "()");
  }

  /** String.split skips the regex engine for one plain char or one escaped non-alphanumeric. */
  private static boolean fastSplit(StringLiteralExpr literal) {
    String regex = literal.asString();
    if (regex.length() == 1) {
      return SPLIT_FAST_PATH_META.indexOf(regex.charAt(0)) < 0;
    }
    return regex.length() == 2
        && regex.charAt(0) == '\\'
        && !Character.isLetterOrDigit(regex.charAt(1));
  }
}
