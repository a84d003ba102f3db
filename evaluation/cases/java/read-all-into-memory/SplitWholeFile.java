package eval.readall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class SplitWholeFile {
  public int rows(Path csv) throws IOException {
    String[] lines = Files.readString(csv).split("\n"); // expect: read-all-into-memory
    int rows = 0;
    for (String line : lines) {
      if (!line.isBlank()) {
        rows++;
      }
    }
    return rows;
  }
}
