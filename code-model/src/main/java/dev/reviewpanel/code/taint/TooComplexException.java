package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.model.Function;

/** A function whose analysis passed the evaluation bound; the engine skips it and says so. */
final class TooComplexException extends RuntimeException {

  TooComplexException(Function function) {
    super(function.qualifiedName() + " is too complex for the taint pass", null, false, false);
  }
}
