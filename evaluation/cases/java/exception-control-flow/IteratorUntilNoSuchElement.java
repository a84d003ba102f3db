package eval.exceptions;

import java.util.Iterator;
import java.util.NoSuchElementException;

public class IteratorUntilNoSuchElement {
  public long sum(Iterator<Long> values) {
    long total = 0;
    for (;;) {
      try {
        total += values.next();
      } catch (NoSuchElementException done) { // expect: exception-control-flow
        return total;
      }
    }
  }
}
