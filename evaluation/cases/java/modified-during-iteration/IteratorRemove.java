package eval.modified;

import java.util.Iterator;
import java.util.List;

public class IteratorRemove {
  public void dropBlank(List<String> names) {
    Iterator<String> it = names.iterator();
    while (it.hasNext()) {
      if (it.next().isBlank()) {
        it.remove();
      }
    }
  }
}
