package eval.ssrf;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class FixedHostPath {
  private static final String INVENTORY = "https://inventory.internal/api/items/";
  private final RestTemplate rest = new RestTemplate();

  @GetMapping("/stock")
  public String stock(@RequestParam String sku) {
    long id = Long.parseLong(sku);
    return rest.getForObject(INVENTORY + id, String.class);
  }
}
