package dev.reviewpanel.code.model;

import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.model.javascript.JsReader;
import dev.reviewpanel.code.model.python.PythonReader;

/** The {@link CodeModel} of a parsed file: built on first use, then shared by every analyzer. */
public final class CodeModels {

  private CodeModels() {}

  public static CodeModel of(ParsedFile file) {
    return file.derived(CodeModel.class, CodeModels::read);
  }

  private static CodeModel read(ParsedFile file) {
    return switch (file.language()) {
      case PYTHON -> PythonReader.read(file);
      case JAVASCRIPT, TYPESCRIPT -> JsReader.read(file);
      case JAVA -> dev.reviewpanel.code.model.java.JavaReader.read(file);
      case PROPERTIES, YAML ->
          throw new IllegalArgumentException(
              file.language().id() + " is read as lines: it has no code model");
    };
  }
}
