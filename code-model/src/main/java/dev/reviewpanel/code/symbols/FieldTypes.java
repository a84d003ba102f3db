package dev.reviewpanel.code.symbols;

import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.Function;
import dev.reviewpanel.code.model.Stmt;
import dev.reviewpanel.code.model.TypeDecl;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The class of each field: declared ({@code private final OrderRepository repo;}, {@code repo:
 * Repo}) or assigned in a method from a typed parameter or a constructor call ({@code self.repo =
 * repo} with {@code repo: OrderRepository}, {@code this.db = new Db()}).
 */
final class FieldTypes {

  private final Map<String, String> types = new HashMap<>();

  FieldTypes(SymbolTable symbols) {
    for (CodeModel model : symbols.models()) {
      for (TypeDecl type : model.types()) {
        for (TypeDecl.Field field : type.fields()) {
          String declared = field.type();
          if (declared == null
              && field.initializer() instanceof Expr.Call call
              && call.construct()) {
            declared = call.name();
          }
          if (declared != null) {
            types.put(
                key(model, type.qualifiedName(), field.name()),
                SymbolTable.simpleTypeName(declared));
          }
        }
      }
      for (Function function : model.functions()) {
        if (function.owner() != null) {
          assignments(model, function);
        }
      }
    }
  }

  private void assignments(CodeModel model, Function function) {
    for (Stmt stmt : function.body()) {
      if (stmt instanceof Stmt.Assign assign
          && assign.target() instanceof Expr.Attribute target
          && target.object() instanceof Expr.Name self
          && (self.name().equals("self") || self.name().equals("this"))) {
        String type = typeOf(function, assign.value());
        if (type != null) {
          types.putIfAbsent(
              key(model, function.owner(), target.name()), SymbolTable.simpleTypeName(type));
        }
      }
    }
  }

  // repo, Repo(), new Repo(), repo or Repo(), repo ?? new Repo()
  private static String typeOf(Function function, Expr value) {
    if (value instanceof Expr.Name name) {
      return function.parameter(name.name()).map(Function.Parameter::type).orElse(null);
    }
    if (value instanceof Expr.Call call && call.construct()) {
      return call.name();
    }
    if (value instanceof Expr.Operation operation) {
      for (Expr operand : operation.operands()) {
        String type = typeOf(function, operand);
        if (type != null) {
          return type;
        }
      }
    }
    return null;
  }

  Optional<String> of(CodeModel model, String owner, String field) {
    String type = types.get(key(model, owner, field));
    // Java: an inner class reads the fields of the classes it is nested in as its own
    String outer = owner;
    while (type == null
        && model.language() == dev.reviewpanel.code.analysis.Language.JAVA
        && outer.lastIndexOf('.') > 0) {
      outer = outer.substring(0, outer.lastIndexOf('.'));
      type = types.get(key(model, outer, field));
    }
    return Optional.ofNullable(type);
  }

  private static String key(CodeModel model, String owner, String field) {
    return model.path() + "#" + owner + "." + field;
  }
}
