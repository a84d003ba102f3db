package eval.deser;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JacksonTypedWithoutDefaultTyping {
  private final ObjectMapper mapper = new ObjectMapper();

  record Event(String kind, String payload) {}

  @PostMapping("/events")
  public String accept(@RequestBody String body) throws Exception {
    Event event = mapper.readValue(body, Event.class);
    return event.kind();
  }
}
