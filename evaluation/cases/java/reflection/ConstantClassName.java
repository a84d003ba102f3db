package eval.reflection;

import javax.servlet.http.HttpServletRequest;

public class ConstantClassName {
  private static final String DRIVER = "org.postgresql.Driver";

  public Class<?> driver(HttpServletRequest request) throws ClassNotFoundException {
    String requested = request.getParameter("driver");
    System.out.println("driver requested: " + (requested != null));
    return Class.forName(DRIVER);
  }
}
