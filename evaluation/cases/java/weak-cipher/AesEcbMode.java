package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class AesEcbMode {
  private final SecretKey key;

  public AesEcbMode(SecretKey key) {
    this.key = key;
  }

  public byte[] seal(byte[] plain) throws GeneralSecurityException {
    String transformation = "AES/ECB/PKCS5Padding";
    Cipher c = Cipher.getInstance(transformation); // expect: weak-cipher
    c.init(Cipher.ENCRYPT_MODE, key);
    return c.doFinal(plain);
  }
}
