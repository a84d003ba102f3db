package eval.leak;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

public class ReaderNeverClosed {
  public String firstLine(String path) throws IOException {
    BufferedReader reader = new BufferedReader(new FileReader(path)); // expect: unclosed-resource
    return reader.readLine();
  }
}
