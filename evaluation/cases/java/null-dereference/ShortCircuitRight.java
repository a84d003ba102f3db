package eval.npe;

import java.util.List;

public class ShortCircuitRight {
  public boolean empty(List<String> items) {
    return items == null || items.isEmpty();
  }
}
