package eval.npe;

import java.util.List;

public class ShortCircuitWrong {
  public boolean empty(List<String> items) {
    return items == null && items.isEmpty(); // expect: null-dereference
  }
}
