package dev.reviewpanel.code.model;

import java.util.List;
import java.util.function.Supplier;

/**
 * {@code break}, {@code continue} and labeled blocks as the adapters build them: one per file being
 * read, it knows whether a plain {@code break} ends a switch case or leaves a loop.
 */
public final class Jumps {

  private boolean inCase;

  /** Builds statements inside a switch case ({@code true}) or a loop body ({@code false}). */
  public List<Stmt> within(boolean switchCase, Supplier<List<Stmt>> build) {
    boolean outer = inCase;
    inCase = switchCase;
    try {
      return build.get();
    } finally {
      inCase = outer;
    }
  }

  /** {@code break} or {@code break label}. */
  public Stmt.Jump breaks(String label, int line) {
    Stmt.Jump.Kind kind = inCase && label == null ? Stmt.Jump.Kind.CASE_END : Stmt.Jump.Kind.BREAK;
    return new Stmt.Jump(kind, label, line);
  }

  /** {@code continue} or {@code continue label}. */
  public static Stmt.Jump continues(String label, int line) {
    return new Stmt.Jump(Stmt.Jump.Kind.CONTINUE, label, line);
  }

  /**
   * A labeled statement other than a loop: its own {@code break} may leave it, so its body is an
   * always-taken branch and what follows it stays reachable.
   */
  public static Stmt labeledBlock(List<Stmt> body, int line) {
    return new Stmt.Branch(new Expr.Literal(true, line), body, List.of(), line);
  }
}
