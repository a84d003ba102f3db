package eval.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public class DelayedExecutor {
  public CompletableFuture<String> delayedGreeting(String name) {
    return CompletableFuture.supplyAsync(
        () -> "hello " + name, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
  }
}
