package eval.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import javax.servlet.http.HttpServletRequest;

public class PartnerTokenDecode {
  public String role(HttpServletRequest request) {
    String token = request.getHeader("Authorization").substring(7);
    DecodedJWT jwt = JWT.decode(token); // expect: jwt-none
    return jwt.getClaim("role").asString();
  }
}
