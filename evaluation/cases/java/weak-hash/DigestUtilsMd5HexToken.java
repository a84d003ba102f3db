package eval.hash;

import org.apache.commons.codec.digest.DigestUtils;

public class DigestUtilsMd5HexToken {
  public String resetToken(String email, long issuedAt) {
    return org.apache.commons.codec.digest.DigestUtils.md5Hex(email + ":" + issuedAt); // expect: weak-hash
  }
}
