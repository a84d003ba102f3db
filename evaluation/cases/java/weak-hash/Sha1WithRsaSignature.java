package eval.hash;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

public class Sha1WithRsaSignature {
  public byte[] sign(PrivateKey key, byte[] document) throws GeneralSecurityException {
    Signature signer = Signature.getInstance("SHA1withRSA"); // expect: weak-hash
    signer.initSign(key);
    signer.update(document);
    return signer.sign();
  }
}
