package eval.cipher;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class AesGcmSeal {
  private final SecureRandom random = new SecureRandom();

  public byte[] seal(SecretKey key, byte[] plain) throws GeneralSecurityException {
    byte[] iv = new byte[12];
    random.nextBytes(iv);
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    return c.doFinal(plain);
  }
}
