package dev.reviewpanel.code.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How each adapter lays out control flow: jumps, switch cases, labeled blocks, hoisting and blocks
 * that may be left early, as the statement kinds of one function body.
 */
class ControlFlowShapeTests {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            Language.JAVA,
            "class A { void f(int[] xs) { for (int x : xs) { if (x > 0) continue; break; } } }",
            "Loop[Branch[CONTINUE|] BREAK]"),
        Arguments.of(
            Language.JAVA,
            "class A { void f(int c) { while (true) { switch (c) { case 1: g(); break; default:"
                + " break outer; } } } }",
            "Loop[Branch[Evaluate CASE_END|BREAK:outer]]"),
        Arguments.of(
            Language.JAVA,
            "class A { void f(boolean b) { search: { if (b) break search; g(); } h(); } }",
            "Branch[Branch[BREAK:search|] Evaluate|] Evaluate"),
        Arguments.of(
            Language.JAVA,
            "class A { void f(int[] xs) { outer: for (int x : xs) { continue outer; } } }",
            "Loop[CONTINUE:outer]"),
        Arguments.of(
            Language.JAVASCRIPT,
            "function f(c) { for (;;) { switch (c) { case 1: break; default: continue; } } }",
            "Loop[Evaluate Branch[CASE_END|] Branch[CONTINUE|]]"),
        Arguments.of(
            Language.JAVASCRIPT,
            "function f(b) { search: { if (b) break search; g(); } return h(); function h() {} }",
            "Assign Branch[Branch[BREAK:search|] Evaluate|] Return"),
        Arguments.of(
            Language.PYTHON,
            "def f(xs):\n    for x in xs:\n        if x:\n            break\n    else:\n"
                + "        return 1\n    return 2\n",
            "Loop[Branch[BREAK|]] Branch[Return|] Return"),
        Arguments.of(
            Language.PYTHON,
            "def f(p):\n    with p.raises(E) as e:\n        raise E()\n    while True:\n"
                + "        continue\n",
            "Assign Branch[Throw|] Loop[CONTINUE]"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void shouldLayOutControlFlow(Language language, String code, String shape) {
    String path =
        switch (language) {
          case JAVA -> "A.java";
          case PYTHON -> "a.py";
          default -> "a.js";
        };
    CodeModel model = CodeModels.of(ParsedFile.of(path, language, code));
    Function f =
        model.functions().stream().filter(fn -> fn.name().equals("f")).findFirst().orElseThrow();

    assertThat(shape(f.body())).isEqualTo(shape);
  }

  private static String shape(List<Stmt> body) {
    return body.stream().map(ControlFlowShapeTests::shape).collect(Collectors.joining(" "));
  }

  private static String shape(Stmt stmt) {
    if (stmt instanceof Stmt.Jump jump) {
      return jump.kind() + (jump.label() == null ? "" : ":" + jump.label());
    }
    if (stmt instanceof Stmt.Branch branch) {
      return "Branch[" + shape(branch.then()) + "|" + shape(branch.otherwise()) + "]";
    }
    if (stmt instanceof Stmt.Loop loop) {
      return "Loop[" + shape(loop.body()) + "]";
    }
    return stmt.getClass().getSimpleName();
  }
}
