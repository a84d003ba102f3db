package dev.reviewpanel.security.secrets;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.treesitter.TSNode;

/**
 * One file's hard-coded-secret scan over a tree-sitter tree, the same for Python and JavaScript:
 * the language says where names meet values and how to read a literal; this decides, words and
 * reports, once per literal.
 */
public final class TreeSecretScan {

  /** How a language reads values. */
  public interface Values {

    /** The content of a plain string literal (no interpolation), or empty. */
    Optional<String> literal(TSNode node);

    /**
     * The literals a value stands for: itself, the elements of a list, the fallback of an
     * environment lookup ({@code os.environ.get("K", "fallback")}, {@code process.env.K || "x"}).
     */
    List<TSNode> candidates(TSNode value);
  }

  private final Rule rule;
  private final ParsedFile file;
  private final Findings findings;
  private final Values values;
  private final Set<Integer> reported = new HashSet<>();

  public TreeSecretScan(Rule rule, ParsedFile file, Findings findings, Values values) {
    this.rule = rule;
    this.file = file;
    this.findings = findings;
    this.values = values;
  }

  /** {@code value} stored under {@code name} (a variable, attribute, key or parameter). */
  public void named(String name, TSNode value) {
    check(value, text -> SecretEvidence.named(name, text));
  }

  /** {@code value} set as a framework's signing or session secret. */
  public void framework(String holder, String consequence, TSNode value) {
    check(value, text -> SecretEvidence.framework(holder, text, consequence));
  }

  /** Every string of {@code stringType} not reported yet, in a provider's token format. */
  public void tokenFormats(TreeNodes nodes, String stringType) {
    nodes.forEach(
        (node, type) -> {
          if (type.equals(stringType) && !reported.contains(node.getStartByte())) {
            values.literal(node).flatMap(SecretEvidence::literal).ifPresent(e -> report(node, e));
          }
        });
  }

  private void check(TSNode value, Function<String, Optional<SecretEvidence>> judge) {
    if (value == null || value.isNull()) {
      return;
    }
    for (TSNode candidate : values.candidates(value)) {
      if (!reported.contains(candidate.getStartByte())) {
        values.literal(candidate).flatMap(judge).ifPresent(e -> report(candidate, e));
      }
    }
  }

  private void report(TSNode node, SecretEvidence evidence) {
    reported.add(node.getStartByte());
    evidence.report(rule, file, findings, SyntaxTree.startLine(node), SyntaxTree.endLine(node));
  }
}
