package eval.code;

import groovy.lang.GroovyShell;
import javax.servlet.http.HttpServletRequest;

public class GroovyHeaderScript {
  public Object hook(HttpServletRequest request) {
    String script = request.getHeader("X-Hook");
    GroovyShell shell = new GroovyShell();
    return shell.evaluate("def ctx = [:]; " + script); // expect: code-injection
  }
}
