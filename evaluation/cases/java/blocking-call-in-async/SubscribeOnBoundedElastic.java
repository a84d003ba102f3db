package eval.async;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

public class SubscribeOnBoundedElastic {
  interface LegacyClient {
    String fetch(String id);
  }

  public Mono<String> fetch(LegacyClient client, String id) {
    return Mono.fromCallable(() -> client.fetch(id)).subscribeOn(Schedulers.boundedElastic());
  }
}
