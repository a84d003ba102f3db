package eval.code;

import groovy.lang.GroovyShell;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GroovyShellHelper {
  private final GroovyShell shell = new GroovyShell();

  @PostMapping("/rules/test")
  public Object test(@RequestBody String rule) {
    return run(wrap(rule));
  }

  private String wrap(String rule) {
    return "def amount = 10; " + rule;
  }

  private Object run(String script) {
    return shell.evaluate(script); // expect: code-injection
  }
}
