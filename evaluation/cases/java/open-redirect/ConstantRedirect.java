package eval.redirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class ConstantRedirect {
  @GetMapping("/logout")
  public String logout(@RequestParam(required = false) String next) {
    String view = next != null ? "/goodbye" : "/";
    return "redirect:" + view;
  }
}
