package eval.redirect;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import javax.servlet.http.HttpServletResponse;

@RestController
public class LocationHeaderHelper {
  @GetMapping("/sso/done")
  public void done(@RequestParam("target") String target, HttpServletResponse response) {
    response.setStatus(302);
    response.setHeader("Location", landing(target)); // expect: open-redirect
  }

  private String landing(String target) {
    return target.isEmpty() ? "/" : target;
  }
}
