package eval.leak;

import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;

public class StoredInField implements AutoCloseable {
  private Writer journal;

  public void open(String path) throws IOException {
    Writer w = new FileWriter(path, true);
    this.journal = w;
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }
}
