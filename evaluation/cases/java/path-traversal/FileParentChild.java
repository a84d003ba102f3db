package eval.path;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FileParentChild extends HttpServlet {
  private static final String UPLOADS = "/srv/uploads";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String avatar = "default.png";
    for (Cookie c : request.getCookies()) {
      if (c.getName().equals("avatar")) {
        avatar = c.getValue();
      }
    }
    File file = new File(new File(UPLOADS), avatar); // expect: path-traversal
    response.setContentLengthLong(file.length());
  }
}
