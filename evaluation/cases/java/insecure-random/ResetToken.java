package eval.random;

import java.util.Random;

public class ResetToken {
  private final Random random = new Random();

  public String newResetToken() {
    long token = random.nextLong(); // expect: insecure-random
    return Long.toHexString(token);
  }
}
