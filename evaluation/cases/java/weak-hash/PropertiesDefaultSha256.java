package eval.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Properties;

public class PropertiesDefaultSha256 {
  private final Properties config;

  public PropertiesDefaultSha256(Properties config) {
    this.config = config;
  }

  public byte[] fingerprint(byte[] token) throws NoSuchAlgorithmException {
    String algorithm = config.getProperty("token.digest", "SHA-256");
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    return digest.digest(token);
  }
}
