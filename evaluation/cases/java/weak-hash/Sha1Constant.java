package eval.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class Sha1Constant {
  private static final String ALGORITHM = "SHA-1";

  public byte[] sign(byte[] payload) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(ALGORITHM); // expect: weak-hash
    return digest.digest(payload);
  }
}
