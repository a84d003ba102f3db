package eval.hash;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Properties;

public class PropertiesDefaultMd5 {
  private final Properties config;

  public PropertiesDefaultMd5(Properties config) {
    this.config = config;
  }

  public byte[] fingerprint(byte[] token) throws NoSuchAlgorithmException, IOException {
    String algorithm = config.getProperty("token.digest", "MD5");
    MessageDigest digest = MessageDigest.getInstance(algorithm, "SUN"); // expect: weak-hash
    return digest.digest(token);
  }
}
