package eval.boxing;

import java.util.List;

public class LongSum {
  record Payment(long cents) {}

  public Long total(List<Payment> payments) {
    Long total = 0L;
    for (Payment p : payments) {
      total += p.cents(); // expect: boxed-accumulator-in-loop
    }
    return total;
  }
}
