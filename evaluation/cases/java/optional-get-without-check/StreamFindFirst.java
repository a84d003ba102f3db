package eval.optional;

import java.util.List;
import java.util.Optional;

public class StreamFindFirst {
  public int firstEven(List<Integer> values) {
    Optional<Integer> even = values.stream().filter(v -> v % 2 == 0).findFirst();
    return even.get(); // expect: optional-get-without-check
  }
}
