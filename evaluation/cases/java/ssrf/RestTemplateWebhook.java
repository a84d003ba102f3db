package eval.ssrf;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class RestTemplateWebhook {
  private final RestTemplate rest = new RestTemplate();

  @PostMapping("/webhooks/test")
  public String test(@RequestParam String callback) {
    String endpoint = callback + "/ping";
    return rest.getForObject(endpoint, String.class); // expect: ssrf
  }
}
