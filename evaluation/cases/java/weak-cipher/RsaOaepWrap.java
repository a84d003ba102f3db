package eval.cipher;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.Cipher;

public class RsaOaepWrap {
  private static final String TRANSFORMATION = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";

  public byte[] wrap(PublicKey recipient, byte[] sessionKey) throws GeneralSecurityException {
    Cipher rsa = Cipher.getInstance(TRANSFORMATION);
    rsa.init(Cipher.ENCRYPT_MODE, recipient);
    return rsa.doFinal(sessionKey);
  }
}
