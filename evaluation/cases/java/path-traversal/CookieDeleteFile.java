package eval.path;

import java.io.File;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

public class CookieDeleteFile {
  public boolean clearAvatar(HttpServletRequest request) {
    String avatar = "default.png";
    for (Cookie cookie : request.getCookies()) {
      if (cookie.getName().equals("avatar")) {
        avatar = cookie.getValue();
      }
    }
    File f = new File("/var/avatars/" + avatar); // expect: path-traversal
    return f.delete();
  }
}
