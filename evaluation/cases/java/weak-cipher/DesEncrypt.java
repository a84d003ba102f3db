package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class DesEncrypt {
  public byte[] encrypt(byte[] key, byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding"); // expect: weak-cipher
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
    return cipher.doFinal(data);
  }
}
