package eval.async;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import reactor.core.publisher.Mono;

public class BlockInMonoMap {
  public Mono<String> template(Mono<String> name) {
    return name.map(n -> {
      try {
        return Files.readString(Path.of("/templates", n + ".txt")); // expect: blocking-call-in-async
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
