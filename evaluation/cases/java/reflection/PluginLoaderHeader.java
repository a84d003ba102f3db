package eval.reflection;

import javax.servlet.http.HttpServletRequest;

public class PluginLoaderHeader {
  public Object plugin(HttpServletRequest request) throws ReflectiveOperationException {
    String pluginClass = "com.example.plugins." + request.getHeader("X-Plugin");
    Class<?> type = Thread.currentThread().getContextClassLoader().loadClass(pluginClass); // expect: reflection
    return type.getDeclaredConstructor().newInstance();
  }
}
