package eval.leak;

import java.io.FileWriter;
import java.io.IOException;
import java.io.StringReader;

public class ClosedInFinally {
  public void write(String path, String text) throws IOException {
    StringReader inMemory = new StringReader(text);
    FileWriter writer = new FileWriter(path);
    try {
      inMemory.transferTo(writer);
    } finally {
      writer.close();
    }
  }
}
