package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class TripleDes {
  public Cipher legacyCipher(SecretKey key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // expect: weak-cipher
    cipher.init(Cipher.DECRYPT_MODE, key);
    return cipher;
  }
}
