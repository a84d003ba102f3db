package names;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class Headers {
  private Exception error;
  private String line;

  void caught() {
    try {
      run();
    } catch (IllegalStateException error) {
      print(error);
    }
    print(error);
  }

  void forEach(List<Path> paths) {
    for (Path line : paths) {
      print(line);
    }
    print(line);
  }

  void counted() {
    for (int line = 0; line < 3; line++) {
      print(line);
    }
  }

  void resources(Path file) throws IOException {
    try (BufferedReader line = Files.newBufferedReader(file)) {
      print(line);
    } finally {
      print(line);
    }
  }

  private static void run() {}

  private static void print(Object value) {}
}
