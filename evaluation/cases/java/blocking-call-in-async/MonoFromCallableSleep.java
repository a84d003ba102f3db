package eval.async;

import reactor.core.publisher.Mono;

public class MonoFromCallableSleep {
  public Mono<String> slowGreeting(String name) {
    return Mono.fromCallable(
        () -> {
          Thread.sleep(200); // expect: blocking-call-in-async
          return "hello " + name;
        });
  }
}
