package dev.reviewpanel.code.symbols;

import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Function;

/** A function of the review with the file it is declared in. */
public record FunctionRef(CodeModel model, Function function) {

  /** {@code OrderService.search (services.py)}, for traces. */
  public String display() {
    return function.qualifiedName() + " (" + fileName(model.path()) + ")";
  }

  public static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
