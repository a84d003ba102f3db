package dev.reviewpanel.bug.model;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The same name or attribute chain on both sides: {@code x = x}, {@code self.a = self.a}, {@code x
 * == x}, {@code a.b < a.b}. Accepted: {@code x != x}, the NaN test, and in JavaScript its negation
 * on a plain name, {@code x === x} (false only for NaN: lodash's {@code number === number} guard);
 * comparisons inside assertions, where reflexivity of an equality is what a test checks; Python
 * module- and class-level {@code x = x}, which re-export a name under the module's or class's own;
 * JavaScript {@code location.href = location.href} and {@code img.src = img.src}, which reload on
 * purpose. A Python {@code x = x} on a local the function bound before is a no-op left behind (or a
 * hint for a type checker) and is LOW. A Python {@code self.x = self.x} where the class, or a base
 * class declared in the file, has a class attribute {@code x} copies the class attribute onto the
 * instance ({@code self.in_ = self.in_} in a subclass that sets {@code in_ = "path"}): no no-op.
 */
@Component
public class SameOperandAnalyzer extends NamedAnalyzer {

  static final Rule PYTHON_ASSIGNMENT = assignment("python");
  static final Rule PYTHON_COMPARISON = comparison("python", "math.isnan");
  static final Rule SCRIPT_ASSIGNMENT = assignment("javascript");
  static final Rule SCRIPT_COMPARISON = comparison("javascript", "Number.isNaN");

  public SameOperandAnalyzer() {
    super("same-operand", Set.of(Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  private static Rule assignment(String language) {
    return new Rule(
        language + ".self-assignment",
        "correctness",
        null,
        Severity.MEDIUM,
        Confidence.HIGH,
        "Variable assigned to itself",
        "Assign the intended value, usually a parameter of a similar name; a self-assignment"
            + " changes nothing.");
  }

  private static Rule comparison(String language, String nanTest) {
    return new Rule(
        language + ".self-comparison",
        "correctness",
        "CWE-570",
        Severity.MEDIUM,
        Confidence.HIGH,
        "Value compared with itself",
        "Compare with the value that was intended; use " + nanTest + " for a NaN test.");
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    boolean python = file.language() == Language.PYTHON;
    CodeModel model = CodeModels.of(file);
    for (Function function : model.functions()) {
      new SameOperandWalk(
              findings,
              python,
              function.kind() != Function.Kind.MODULE || !python,
              python ? classAttributes(model, function.owner()) : Set.of())
          .statements(function.body());
    }
  }

  // The class attributes of a method's class and of its base classes declared in the file: self.x
  // = self.x copies such an attribute onto the instance
  private static Set<String> classAttributes(CodeModel model, String owner) {
    Set<String> attributes = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Deque<String> classes = new ArrayDeque<>();
    if (owner != null) {
      classes.add(owner);
    }
    while (!classes.isEmpty()) {
      String name = classes.poll();
      if (!seen.add(name)) {
        continue;
      }
      model.types().stream()
          .filter(t -> t.qualifiedName().equals(name) || t.name().equals(name))
          .forEach(
              type -> {
                type.fields().forEach(field -> attributes.add(field.name()));
                classes.addAll(type.supertypes());
              });
    }
    return attributes;
  }
}
