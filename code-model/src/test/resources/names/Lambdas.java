package names;

import java.util.List;

class Lambdas {
  private int total;

  void implicitAndExplicit(List<String> names) {
    names.forEach(name -> print(name));
    names.forEach((String name) -> print(name));
  }

  void parameterHidesField(List<Integer> values) {
    values.forEach(total -> print(total));
    print(total);
  }

  void bodyLocal(List<Integer> values) {
    values.forEach(
        value -> {
          long total = value;
          print(total);
        });
    print(total);
  }

  private static void print(Object value) {}
}
