package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class BlowfishField {
  private static final String ALGORITHM = "Blowfish";
  private final byte[] secret;

  public BlowfishField(byte[] secret) {
    this.secret = secret;
  }

  public byte[] obfuscate(byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(ALGORITHM); // expect: weak-cipher
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, ALGORITHM));
    return cipher.doFinal(data);
  }
}
