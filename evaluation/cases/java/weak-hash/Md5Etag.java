package eval.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class Md5Etag {
  public String passwordHash(String password) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5"); // expect: weak-hash
    return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
  }
}
