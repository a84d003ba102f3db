package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.model.Expr;
import dev.reviewpanel.code.model.TypeDecl;
import dev.reviewpanel.code.symbols.TypeRef;
import java.util.Optional;

/**
 * The key a map in a field is written or read under, as a {@link Slot} names it: the constant it
 * folds to (a literal, a constant of the file, a {@code static final} literal of a class of the
 * review: {@code StrutsStatics.HTTP_REQUEST}), the parameter it is, every key of the map (a loop
 * over its {@code keySet()}), or the name it goes by.
 */
final class MapKeys {

  private final FunctionFlow flow;

  MapKeys(FunctionFlow flow) {
    this.flow = flow;
  }

  String of(Expr key) {
    if (key == null) {
      return Slot.UNKNOWN;
    }
    Object folded = flow.guards.fold(key);
    if (folded == Value.UNKNOWN) {
      folded = classConstant(key);
    }
    if (folded instanceof String || folded instanceof Number || folded instanceof Character) {
      return "=" + folded;
    }
    if (key instanceof Expr.Name name && flow.everyKeyOf(name.name()) != null) {
      return Slot.EVERY + flow.everyKeyOf(name.name());
    }
    if (key instanceof Expr.Name name) {
      var parameter = flow.function.parameter(name.name());
      if (parameter.isPresent()) {
        int index = parameter.get().index();
        return index >= 0 ? "@" + index : Slot.UNKNOWN;
      }
      return "#" + name.name();
    }
    if (key instanceof Expr.Attribute attribute && Paths.of(attribute) != null) {
      return "#" + Paths.of(attribute);
    }
    return Slot.UNKNOWN;
  }

  // Type.NAME where the review declares Type with NAME = a literal
  private Object classConstant(Expr key) {
    if (!(key instanceof Expr.Attribute attribute)
        || !(attribute.object() instanceof Expr.Name type)) {
      return Value.UNKNOWN;
    }
    Optional<TypeRef> declared = flow.review.symbols.type(flow.model, type.name());
    if (declared.isEmpty()) {
      return Value.UNKNOWN;
    }
    for (TypeDecl.Field field : declared.get().type().fields()) {
      if (field.name().equals(attribute.name())
          && field.initializer() instanceof Expr.Literal literal) {
        return literal.value();
      }
    }
    return Value.UNKNOWN;
  }
}
