package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedFileTests {

  @Test
  void shouldParseJavaWithJavaParser() {
    ParsedFile file = ParsedFile.of("A.java", Language.JAVA, "class A { void m() {} }");

    assertThat(file.java()).isPresent();
    assertThat(file.java().get().getType(0).getNameAsString()).isEqualTo("A");
  }

  @Test
  void shouldExplainJavaThatDoesNotParse() {
    ParsedFile file = ParsedFile.of("A.java", Language.JAVA, "class A { void m( }");

    assertThat(file.java()).isEmpty();
    assertThat(file.javaProblem()).isNotBlank();
  }

  @Test
  void shouldParsePythonJavaScriptAndTypeScriptWithTreeSitter() {
    assertThat(types(ParsedFile.of("a.py", Language.PYTHON, "def f(x=[]):\n  pass\n")))
        .contains("function_definition", "default_parameter");
    assertThat(types(ParsedFile.of("a.js", Language.JAVASCRIPT, "if (a == 1) { f(); }")))
        .contains("binary_expression", "call_expression");
    assertThat(types(ParsedFile.of("a.ts", Language.TYPESCRIPT, "let n: number = 1;")))
        .contains("type_annotation");
  }

  @Test
  void shouldReadTsxComponentsWithTheirTypesAndMarkupThatTheTypeScriptGrammarCannot() {
    String component =
        """
        interface Props { html: string }
        export function Note({ html }: Props): JSX.Element {
          return <div dangerouslySetInnerHTML={{ __html: html }} />;
        }
        """;

    ParsedFile tsx = ParsedFile.of("Note.tsx", Language.TYPESCRIPT, component);
    assertThat(types(tsx))
        .as("markup and types in one tree")
        .contains("jsx_self_closing_element", "jsx_attribute", "interface_declaration");
    assertThat(tsx.syntaxTree().root().hasError()).isFalse();
    assertThat(types(ParsedFile.of("Note.ts", Language.TYPESCRIPT, component)))
        .doesNotContain("jsx_self_closing_element");
    assertThat(types(ParsedFile.of("note.tsx", Language.TYPESCRIPT, "let n: number = 1;")))
        .as("TypeScript without markup keeps the TypeScript tree")
        .contains("type_annotation");
  }

  @Test
  void shouldSliceNodeTextByBytesEvenWithMultiByteCharacters() {
    ParsedFile file = ParsedFile.of("a.py", Language.PYTHON, "s = 'héllo'\nt = s\n");
    List<String> identifiers = new ArrayList<>();

    file.syntaxTree()
        .walk(
            n -> {
              if (n.getType().equals("identifier")) {
                identifiers.add(file.syntaxTree().text(n));
              }
            });

    assertThat(identifiers).containsExactly("s", "t", "s");
  }

  @Test
  void shouldReportWithFingerprintSnippetAndRedaction() {
    ParsedFile file =
        ParsedFile.of("A.java", Language.JAVA, "class A {\n  String password = \"hunter22\";\n}\n");
    Rule rule = new Rule("java.secret", "secrets", "CWE-798", null, null, "t", "r");
    Findings findings = new Findings("security", file);

    findings.report(rule, 2, "hard-coded password \"hunter22\"");

    assertThat(findings.toList())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.snippet()).isEqualTo("String password = \"****\";");
              assertThat(f.location().startLine()).isEqualTo(2);
              assertThat(f.fingerprint()).hasSize(32);
            });
  }

  private static List<String> types(ParsedFile file) {
    List<String> types = new ArrayList<>();
    file.syntaxTree().walk(n -> types.add(n.getType()));
    return types;
  }
}
