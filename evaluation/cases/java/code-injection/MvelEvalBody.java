package eval.code;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import org.mvel2.MVEL;

public class MvelEvalBody {
  public Object rule(HttpServletRequest request, Map<String, Object> facts) throws IOException {
    String body = request.getReader().lines().collect(Collectors.joining("\n"));
    return MVEL.eval(body, facts); // expect: code-injection
  }
}
