package eval.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class Rc4Stream {
  public byte[] scramble(byte[] key, byte[] data) throws GeneralSecurityException {
    String name = "RC4";
    Cipher rc4 = Cipher.getInstance(name); // expect: weak-cipher
    rc4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, name));
    return rc4.update(data);
  }
}
