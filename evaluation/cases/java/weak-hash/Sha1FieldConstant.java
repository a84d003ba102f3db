package eval.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class Sha1FieldConstant {
  private static final String DIGEST = "SHA1";

  public String passwordHash(String password, String salt) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance(DIGEST); // expect: weak-hash
    md.update(salt.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
  }
}
