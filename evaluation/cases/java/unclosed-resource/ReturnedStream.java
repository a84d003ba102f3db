package eval.leak;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

public class ReturnedStream {
  public InputStream open(String path) throws IOException {
    InputStream in = new FileInputStream(path);
    return in;
  }
}
