package eval.random;

import java.util.concurrent.ThreadLocalRandom;

public class ThreadLocalSalt {
  public byte[] newSalt() {
    byte[] salt = new byte[16];
    ThreadLocalRandom.current().nextBytes(salt); // expect: insecure-random
    return salt;
  }
}
