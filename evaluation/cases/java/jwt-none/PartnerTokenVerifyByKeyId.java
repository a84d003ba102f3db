package eval.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

public class PartnerTokenVerifyByKeyId {
  private final Map<String, Algorithm> keys;

  public PartnerTokenVerifyByKeyId(Map<String, Algorithm> keys) {
    this.keys = keys;
  }

  public String role(HttpServletRequest request) {
    String token = request.getHeader("Authorization").substring(7);
    DecodedJWT header = JWT.decode(token);
    DecodedJWT jwt = JWT.require(keys.get(header.getKeyId())).build().verify(token);
    return jwt.getClaim("role").asString();
  }
}
