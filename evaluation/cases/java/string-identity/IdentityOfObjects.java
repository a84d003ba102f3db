package eval.identity;

import java.util.List;

public class IdentityOfObjects {
  public int firstIndex(List<StringBuilder> buffers, StringBuilder wanted) {
    for (int i = 0; i < buffers.size(); i++) {
      if (buffers.get(i) == wanted) {
        return i;
      }
    }
    return -1;
  }
}
