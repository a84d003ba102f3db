package eval.xss;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.stereotype.Controller;

@Controller
public class ResponseBodyMarkup {
  @GetMapping("/hello")
  @ResponseBody
  public String hello(@RequestParam String name) {
    String greeting = String.format("<p>Hello, %s!</p>", name);
    return greeting; // expect: xss
  }
}
