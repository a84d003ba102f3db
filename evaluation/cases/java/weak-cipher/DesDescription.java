package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;

public class DesDescription {
  private static final String DESCRIPTION = "DES and RC4 are rejected by policy";

  public Cipher open() throws GeneralSecurityException {
    System.out.println(DESCRIPTION);
    return Cipher.getInstance("ChaCha20-Poly1305");
  }
}
