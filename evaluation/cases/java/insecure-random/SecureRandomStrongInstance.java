package eval.random;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

public class SecureRandomStrongInstance {
  public long sessionSeed() throws NoSuchAlgorithmException {
    SecureRandom random = SecureRandom.getInstanceStrong();
    long sessionId = random.nextLong();
    return sessionId ^ System.nanoTime();
  }
}
