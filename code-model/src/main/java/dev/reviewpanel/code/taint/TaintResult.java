package dev.reviewpanel.code.taint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The taint findings of a review, by the file each sink is in. */
public final class TaintResult {

  private final Map<String, List<TaintFinding>> byPath = new HashMap<>();
  private final int rounds;
  private final List<String> tooComplex;

  TaintResult(List<TaintFinding> findings, int rounds, List<String> tooComplex) {
    findings.forEach(f -> byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
    this.rounds = rounds;
    this.tooComplex = List.copyOf(tooComplex);
  }

  /** Functions whose flows were not followed because they passed the evaluation bound. */
  public List<String> tooComplex() {
    return tooComplex;
  }

  public List<TaintFinding> findings(String path) {
    return byPath.getOrDefault(path, List.of());
  }

  public List<TaintFinding> all() {
    return byPath.values().stream().flatMap(List::stream).toList();
  }

  /** Rounds the interprocedural pass took to reach its fixed point. */
  public int rounds() {
    return rounds;
  }
}
