package eval.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class Sha256Digest {
  private static final String MD5_LEGACY_NOTE = "md5 was replaced in 2021";

  public byte[] fingerprint(byte[] payload) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(payload);
  }
}
