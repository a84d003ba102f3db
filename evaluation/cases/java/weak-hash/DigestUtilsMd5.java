package eval.hash;

import org.apache.commons.codec.digest.DigestUtils;

public class DigestUtilsMd5 {
  public String apiKeyHash(String apiKey) {
    return DigestUtils.md5Hex(apiKey); // expect: weak-hash
  }
}
