package eval.redirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class RedirectViewParam {
  @GetMapping("/sso/callback")
  public RedirectView callback(@RequestParam String state) {
    String target = state.isBlank() ? "/" : state;
    return new RedirectView(target); // expect: open-redirect
  }
}
