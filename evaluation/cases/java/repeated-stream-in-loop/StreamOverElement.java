package eval.repeated;

import java.util.List;

public class StreamOverElement {
  record Line(int qty, long price) {}

  record Invoice(String id, List<Line> lines) {}

  public long total(List<Invoice> invoices) {
    long sum = 0;
    for (Invoice invoice : invoices) {
      sum += invoice.lines().stream().mapToLong(l -> l.qty() * l.price()).sum();
    }
    return sum;
  }
}
