package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.analysis.BudgetExceededException;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.ReviewScope;
import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.CodeModels;
import dev.reviewpanel.code.symbols.SymbolTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The taint pass of a whole review scope, run once by the first file's analyzer that asks and
 * shared by the others: the models of every file in a language the catalog has rules for, one
 * symbol table, one engine run.
 */
public final class TaintAnalysis {

  private TaintAnalysis() {}

  /** The taint findings of {@code file}'s scope (computed on first use). */
  public static TaintResult of(ParsedFile file, TaintEngine engine) {
    return file.scope().derived(TaintResult.class, scope -> run(scope, engine, file));
  }

  private static TaintResult run(ReviewScope scope, TaintEngine engine, ParsedFile current) {
    List<CodeModel> models = new ArrayList<>(scope.size());
    for (int i = 0; i < scope.size(); i++) {
      ParsedFile file = scope.open(i);
      if (file == null || engine.catalog().forLanguage(file.language()).rules().isEmpty()) {
        continue;
      }
      if (file.path().equals(current.path())) {
        file = current; // parsed already: its model is shared with its other analyzers
      }
      try {
        models.add(CodeModels.of(file));
      } catch (BudgetExceededException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        // the file's own turn reports why it cannot be read; the others are still analyzed
      }
    }
    return engine.analyze(SymbolTable.of(models));
  }
}
