package eval.optional;

import java.util.List;
import java.util.Optional;

public class CheckedGet {
  public int firstEvenOrZero(List<Integer> values) {
    Optional<Integer> even = values.stream().filter(v -> v % 2 == 0).findFirst();
    if (even.isPresent()) {
      return even.get();
    }
    return 0;
  }
}
