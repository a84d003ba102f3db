package eval.redirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class SpringRedirectPrefix {
  @GetMapping("/out")
  public String out(@RequestParam("next") String next) {
    return "redirect:" + next; // expect: open-redirect
  }
}
