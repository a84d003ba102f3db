package eval.reflection;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

public class ClassForNameCookie {
  public Object theme(HttpServletRequest request) throws ReflectiveOperationException {
    String renderer = "com.example.ui.DefaultRenderer";
    Cookie[] cookies = request.getCookies();
    if (cookies != null && cookies.length > 0) {
      renderer = cookies[0].getValue();
    }
    Class<?> type = Class.forName(renderer); // expect: reflection
    return type.getDeclaredConstructor().newInstance();
  }
}
