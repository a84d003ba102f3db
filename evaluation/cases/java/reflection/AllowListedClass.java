package eval.reflection;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;

public class AllowListedClass {
  private static final Map<String, Class<?>> EXPORTERS =
      Map.of("csv", java.util.ArrayList.class, "json", java.util.LinkedList.class);

  public Object exporter(HttpServletRequest request) throws ReflectiveOperationException {
    Class<?> cls = EXPORTERS.getOrDefault(request.getParameter("format"), java.util.ArrayList.class);
    return cls.getDeclaredConstructor().newInstance();
  }
}
