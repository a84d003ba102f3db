package eval.boxing;

import java.util.List;

public class PrimitiveSum {
  record Payment(long cents) {}

  public long total(List<Payment> payments) {
    long total = 0L;
    for (Payment p : payments) {
      total += p.cents();
    }
    return total;
  }
}
