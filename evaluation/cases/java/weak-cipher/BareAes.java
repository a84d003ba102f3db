package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class BareAes {
  public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES"); // expect: weak-cipher
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(data);
  }
}
