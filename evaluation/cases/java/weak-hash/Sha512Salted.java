package eval.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class Sha512Salted {
  public byte[] hash(byte[] salt, byte[] secret) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-512");
    md.update(salt);
    return md.digest(secret);
  }
}
