package eval.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class Md5NamedButSafe {
  /** Kept the old method name for API compatibility; the algorithm is SHA3. */
  public byte[] md5(byte[] data) throws NoSuchAlgorithmException {
    MessageDigest strong = MessageDigest.getInstance("SHA3-256");
    return strong.digest(data);
  }
}
