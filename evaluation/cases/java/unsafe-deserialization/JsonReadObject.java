package eval.deser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

public class JsonReadObject {
  record Order(String id, int quantity) {}

  private final ObjectMapper mapper = new ObjectMapper();

  public Order readObject(InputStream body) throws IOException {
    return mapper.readValue(body, Order.class);
  }
}
