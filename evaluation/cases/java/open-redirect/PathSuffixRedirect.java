package eval.redirect;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

@RestController
public class PathSuffixRedirect {
  @GetMapping("/legacy/orders/{id}")
  public RedirectView legacy(@PathVariable String id) {
    return new RedirectView("/orders/" + id);
  }
}
