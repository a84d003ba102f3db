package eval.cipher;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class PropertiesDefaultCipher {
  public byte[] encrypt(SecretKey key, byte[] data) throws IOException, GeneralSecurityException {
    Properties settings = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("crypto.properties")) {
      settings.load(in);
    }
    String algorithm = settings.getProperty("cipher.transformation", "DESede/ECB/PKCS5Padding");
    Cipher c = Cipher.getInstance(algorithm); // expect: weak-cipher
    c.init(Cipher.ENCRYPT_MODE, key);
    return c.doFinal(data);
  }
}
