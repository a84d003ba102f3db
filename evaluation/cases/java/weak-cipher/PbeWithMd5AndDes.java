package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

public class PbeWithMd5AndDes {
  private static final String SCHEME = "PBEWithMD5AndDES";

  public byte[] protect(char[] password, byte[] salt, byte[] data) throws GeneralSecurityException {
    SecretKey key = SecretKeyFactory.getInstance(SCHEME).generateSecret(new PBEKeySpec(password)); // expect: weak-cipher
    Cipher cipher = Cipher.getInstance(SCHEME);
    cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 1000));
    return cipher.doFinal(data);
  }
}
