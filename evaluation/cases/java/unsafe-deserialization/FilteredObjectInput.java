package eval.deser;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

public class FilteredObjectInput {
  private static final ObjectInputFilter ONLY_SNAPSHOTS =
      ObjectInputFilter.Config.createFilter("eval.deser.Snapshot;java.base/*;!*");

  public Object read(InputStream body) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(body)) {
      in.setObjectInputFilter(ONLY_SNAPSHOTS);
      return in.readObject();
    }
  }
}
