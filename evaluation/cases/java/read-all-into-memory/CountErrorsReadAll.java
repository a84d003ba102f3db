package eval.readall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class CountErrorsReadAll {
  public long errors(Path log) throws IOException {
    long count = 0;
    for (String line : Files.readAllLines(log)) { // expect: read-all-into-memory
      if (line.contains("ERROR")) {
        count++;
      }
    }
    return count;
  }
}
