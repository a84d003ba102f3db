package eval.catches;

import java.io.Closeable;
import java.io.IOException;

public class CloseQuietly {
  public void shutdown(Closeable connection) {
    try {
      connection.close();
    } catch (IOException ex) {} // expect: empty-catch
  }
}
