package eval.deser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JacksonLaissezFaireTyping {
  private final ObjectMapper mapper = new ObjectMapper();

  public JacksonLaissezFaireTyping() {
    mapper.activateDefaultTyping(
        LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
  }

  @PostMapping("/events")
  public String accept(@RequestBody String body) throws Exception {
    Object event = mapper.readValue(body, Object.class); // expect: unsafe-deserialization
    return event.getClass().getSimpleName();
  }
}
