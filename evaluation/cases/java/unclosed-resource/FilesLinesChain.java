package eval.leak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class FilesLinesChain {
  public long countErrors(Path log) throws IOException {
    long errors = Files.lines(log).filter(l -> l.contains("ERROR")).count(); // expect: unclosed-resource
    return errors;
  }
}
