package eval.catches;

import java.io.Closeable;
import java.io.IOException;

public class IgnoredWithReason {
  public void shutdown(Closeable connection) {
    try {
      connection.close();
    } catch (IOException ignored) {
      // closing during shutdown: nothing left to recover
    }
  }
}
