package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treesitter.TSException;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSPoint;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * The nodes read once at parse answer every question exactly as the native tree does: the same tree
 * parsed by a plain parser is walked side by side, node by node, over sources with fields, aliases,
 * comments, syntax errors and missing tokens, and non-ASCII text.
 */
class SyntaxNodeTests {

  private static final String PYTHON =
      """
      import os  # comment
      from flask import request as rq

      @app.route("/x/<name>")
      def view(name, *args, key=1, **kw):
          '''doc'''
          q = f"select {name} from t"   # é ü 🙂
          cursor.execute(q, (rq.args["id"],))
          return [x for x in args if x] or {k: v for k, v in kw.items()}

      class A(B, metaclass=M):
          async def run(self):
              async with lock as l:
                  await self.go(lambda y: y + 1)
      def broken(:
          pass
      """;

  private static final String JAVASCRIPT =
      """
      const express = require('express'); // comment
      const { a, b: [c] } = obj;
      app.get('/u/:id', async (req, res) => {
        const q = `select * from t where id = ${req.params.id}`; /* 🙂 é */
        db.query(q, function (err, rows) { res.send(rows?.[0] ?? null); });
      });
      class K extends Base { #p = 1; static m() { return new this(); } get x() { return 2 } }
      if (x { y(
      """;

  private static final String TYPESCRIPT =
      """
      import type { Request } from 'express';
      export function handler<T extends object>(req: Request, opts?: Partial<T>): void {
        const id = req.params['id'] as string;
        const n = <number>(opts as any).n;
        enum E { A = 1, B }
        db.query(`select ${id}`);
      }
      export type Deferred<V> = ReturnType<typeof createDeferred<V>>;
      let broken: = ;
      """;

  private static final String TSX =
      """
      export const View = ({ html }: { html: string }) => (
        <div className="a" dangerouslySetInnerHTML={{ __html: html }}>{html} text</div>
      );
      """;

  @Test
  void theSourcesHoldErrorsAndMissingTokens() {
    for (SyntaxTree tree :
        List.of(
            SyntaxTree.parse(Language.PYTHON, PYTHON),
            SyntaxTree.parse(Language.JAVASCRIPT, JAVASCRIPT),
            SyntaxTree.parse(Language.TYPESCRIPT, TYPESCRIPT))) {
      assertThat(tree.root().hasError()).isTrue();
    }
    List<Boolean> missing = new ArrayList<>();
    SyntaxTree.parse(Language.PYTHON, PYTHON).forEachNode(node -> missing.add(node.isMissing()));
    assertThat(missing).contains(true);
  }

  @Test
  void pythonNodesAnswerAsTheNativeTree() {
    compare(new TreeSitterPython(), SyntaxTree.parse(Language.PYTHON, PYTHON), PYTHON);
  }

  @Test
  void javascriptNodesAnswerAsTheNativeTree() {
    compare(
        new TreeSitterJavascript(), SyntaxTree.parse(Language.JAVASCRIPT, JAVASCRIPT), JAVASCRIPT);
  }

  @Test
  void typescriptAndTsxNodesAnswerAsTheNativeTree() {
    compare(
        new TreeSitterTypescript(), SyntaxTree.parse(Language.TYPESCRIPT, TYPESCRIPT), TYPESCRIPT);
    compare(new TreeSitterTsx(), SyntaxTree.parseTsx(TSX), TSX);
  }

  @Test
  void nodesAreCanonicalAndTheNullNodeBehavesAsTreeSitters() {
    SyntaxTree tree = SyntaxTree.parse(Language.PYTHON, "def f(a):\n    return a\n");
    TSNode function = tree.root().getNamedChild(0);
    TSNode name = function.getChildByFieldName("name");

    assertThat(name.getParent()).isSameAs(function);
    assertThat(function.getChildByFieldName("name")).isSameAs(name);
    assertThat(function.getChild(function.getChildCount() - 1).getParent()).isSameAs(function);
    assertThat(tree.text(name)).isEqualTo("f");

    TSNode absent = function.getChildByFieldName("return_type");
    assertThat(absent.isNull()).isTrue();
    assertThat(tree.root().getParent().isNull()).isTrue();
    assertThat(function.getChild(99).isNull()).isTrue();
    assertThatThrownBy(absent::getType).isInstanceOf(TSException.class);

    List<String> walked = new ArrayList<>();
    tree.forEachNode(node -> walked.add(node.getType()));
    List<String> native_ = new ArrayList<>();
    SyntaxTree.walk(tree.root(), node -> native_.add(node.getType()));
    assertThat(walked).isEqualTo(native_).contains("def", "identifier", "return_statement");
  }

  @Test
  void theIndexCollectsNamedNodesOfTheWantedTypesInWalkOrder() {
    ParsedFile file = ParsedFile.of("a.py", Language.PYTHON, "x = f(g(1), 'a')\n");
    NodeIndex index =
        new NodeIndex.Catalog(Set.of("call", "string", "not_a_python_type"), Set.of())
            .collect(file);

    List<String> calls = new ArrayList<>();
    index.forEach(Set.of("call"), (node, type) -> calls.add(file.syntaxTree().text(node)));
    assertThat(calls).containsExactly("f(g(1), 'a')", "g(1)");
    assertThat(index.ofType("string")).hasSize(1);
    assertThat(index.ofType("not_a_python_type")).isEmpty();
  }

  static void compare(TSLanguage grammar, SyntaxTree read, String source) {
    TSParser parser = new TSParser();
    parser.setLanguage(grammar);
    TSNode nativeRoot = parser.parseString(null, source).getRootNode();
    assertThat(read.root()).isInstanceOf(SyntaxNode.class);
    List<TSNode> nativeNodes = new ArrayList<>();
    SyntaxTree.walk(nativeRoot, nativeNodes::add);
    List<TSNode> readNodes = new ArrayList<>();
    read.forEachNode(readNodes::add);
    assertThat(readNodes).hasSameSizeAs(nativeNodes);
    for (int i = 0; i < nativeNodes.size(); i++) {
      same(nativeNodes.get(i), readNodes.get(i), grammar);
    }
  }

  private static void same(TSNode expected, TSNode actual, TSLanguage grammar) {
    String at = expected.toString();
    assertThat(actual.toString()).isEqualTo(at);
    assertThat(actual.getType()).as(at).isEqualTo(expected.getType());
    assertThat(actual.getSymbol()).as(at).isEqualTo(expected.getSymbol());
    assertThat(actual.isNamed()).as(at).isEqualTo(expected.isNamed());
    assertThat(actual.isError()).as(at).isEqualTo(expected.isError());
    assertThat(actual.isMissing()).as(at).isEqualTo(expected.isMissing());
    assertThat(actual.isExtra()).as(at).isEqualTo(expected.isExtra());
    assertThat(actual.hasError()).as(at).isEqualTo(expected.hasError());
    assertThat(actual.getStartByte()).as(at).isEqualTo(expected.getStartByte());
    assertThat(actual.getEndByte()).as(at).isEqualTo(expected.getEndByte());
    point(actual.getStartPoint(), expected.getStartPoint(), at);
    point(actual.getEndPoint(), expected.getEndPoint(), at);
    assertThat(actual.getChildCount()).as(at).isEqualTo(expected.getChildCount());
    assertThat(actual.getNamedChildCount()).as(at).isEqualTo(expected.getNamedChildCount());
    for (int i = 0; i < expected.getChildCount(); i++) {
      assertThat(id(actual.getChild(i))).isEqualTo(id(expected.getChild(i)));
      assertThat(actual.getFieldNameForChild(i)).isEqualTo(expected.getFieldNameForChild(i));
    }
    for (int i = 0; i < expected.getNamedChildCount(); i++) {
      assertThat(id(actual.getNamedChild(i))).isEqualTo(id(expected.getNamedChild(i)));
    }
    assertThat(id(actual.getParent())).as(at).isEqualTo(id(expected.getParent()));
    assertThat(id(actual.getNextSibling())).as(at).isEqualTo(id(expected.getNextSibling()));
    assertThat(id(actual.getPrevSibling())).as(at).isEqualTo(id(expected.getPrevSibling()));
    assertThat(id(actual.getNextNamedSibling()))
        .as(at)
        .isEqualTo(id(expected.getNextNamedSibling()));
    assertThat(id(actual.getPrevNamedSibling()))
        .as(at)
        .isEqualTo(id(expected.getPrevNamedSibling()));
    for (int field = 1; field <= grammar.fieldCount(); field++) {
      String name = grammar.fieldNameForId(field);
      assertThat(id(actual.getChildByFieldName(name)))
          .as(at + " ." + name)
          .isEqualTo(id(expected.getChildByFieldName(name)));
    }
  }

  private static void point(TSPoint actual, TSPoint expected, String at) {
    assertThat(actual.getRow()).as(at).isEqualTo(expected.getRow());
    assertThat(actual.getColumn()).as(at).isEqualTo(expected.getColumn());
  }

  // Trees of one source parsed twice hold different node ids: compare where nodes sit instead.
  private static String id(TSNode node) {
    return node.isNull()
        ? "null"
        : node.getType() + "@" + node.getStartByte() + "-" + node.getEndByte();
  }
}
