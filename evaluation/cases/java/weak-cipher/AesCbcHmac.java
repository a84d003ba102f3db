package eval.cipher;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class AesCbcHmac {
  private final SecureRandom random = new SecureRandom();

  public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
    byte[] iv = new byte[16];
    random.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
    return cipher.doFinal(data);
  }
}
