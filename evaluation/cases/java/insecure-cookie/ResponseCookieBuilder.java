package eval.cookie;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

public class ResponseCookieBuilder {
  public ResponseEntity<Void> login(String sessionId) {
    ResponseCookie cookie =
        ResponseCookie.from("SESSION", sessionId).secure(true).httpOnly(true).sameSite("Lax").path("/").build();
    return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
  }
}
