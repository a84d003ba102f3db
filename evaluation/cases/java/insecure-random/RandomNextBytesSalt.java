package eval.random;

import java.util.Random;

public class RandomNextBytesSalt {
  private final Random rng = new Random();

  public byte[] passwordSalt() {
    byte[] bytes = new byte[16];
    rng.nextBytes(bytes); // expect: insecure-random
    return bytes;
  }
}
