package eval.async;

import java.util.concurrent.CompletableFuture;

public class SleepInSupplyAsync {
  public CompletableFuture<String> delayedGreeting(String name) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        Thread.sleep(2000); // expect: blocking-call-in-async
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "hello " + name;
    });
  }
}
