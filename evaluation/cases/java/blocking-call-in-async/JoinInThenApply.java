package eval.async;

import java.util.concurrent.CompletableFuture;

public class JoinInThenApply {
  public CompletableFuture<String> profile(CompletableFuture<Long> userId, CompletableFuture<String> avatar) {
    return userId.thenApply(id -> id + ":" + avatar.join()); // expect: blocking-call-in-async
  }
}
