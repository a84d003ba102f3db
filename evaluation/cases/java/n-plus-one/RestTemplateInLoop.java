package eval.nplus;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.client.RestTemplate;

public class RestTemplateInLoop {
  private final RestTemplate rest;

  public RestTemplateInLoop(RestTemplate rest) {
    this.rest = rest;
  }

  public List<String> prices(List<String> skus) {
    List<String> prices = new ArrayList<>();
    for (String sku : skus) {
      prices.add(rest.getForObject("https://pricing/api/{sku}", String.class, sku)); // expect: n-plus-one
    }
    return prices;
  }
}
