package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class DesCbcServlet {
  public byte[] seal(SecretKey key, byte[] iv, byte[] data) throws GeneralSecurityException {
    Cipher cipher = javax.crypto.Cipher.getInstance("DES/CBC/PKCS5Padding"); // expect: weak-cipher
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
    return cipher.doFinal(data);
  }
}
