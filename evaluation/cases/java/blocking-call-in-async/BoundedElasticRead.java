package eval.async;

import java.nio.file.Files;
import java.nio.file.Path;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

public class BoundedElasticRead {
  public Mono<String> template(String name) {
    return Mono.fromCallable(() -> Files.readString(Path.of("/templates", name + ".txt")))
        .subscribeOn(Schedulers.boundedElastic());
  }
}
