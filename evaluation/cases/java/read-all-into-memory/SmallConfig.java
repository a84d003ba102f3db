package eval.readall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class SmallConfig {
  public String token(Path file) throws IOException {
    return Files.readString(file).strip();
  }
}
