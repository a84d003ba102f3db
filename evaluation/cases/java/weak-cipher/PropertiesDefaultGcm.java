package eval.cipher;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class PropertiesDefaultGcm {
  public byte[] encrypt(SecretKey key, byte[] iv, byte[] data)
      throws IOException, GeneralSecurityException {
    Properties settings = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("crypto.properties")) {
      settings.load(in);
    }
    String algorithm = settings.getProperty("cipher.transformation", "AES/GCM/NoPadding");
    Cipher c = Cipher.getInstance(algorithm);
    c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    return c.doFinal(data);
  }
}
