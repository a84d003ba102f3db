package eval.reflection;

import java.lang.reflect.Method;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReflectiveHandler {
  @GetMapping("/invoke")
  public Object invoke(@RequestParam String type, @RequestParam String action) throws Exception {
    Class<?> cls = Class.forName(type); // expect: reflection
    Method m = cls.getMethod(action);
    return m.invoke(cls.getDeclaredConstructor().newInstance());
  }
}
