package eval.deser;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;

public class SessionRestore {
  public Object restore(HttpServletRequest request) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
      return in.readObject(); // expect: unsafe-deserialization
    }
  }
}
