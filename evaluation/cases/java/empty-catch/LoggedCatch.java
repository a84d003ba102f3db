package eval.catches;

import java.util.logging.Level;
import java.util.logging.Logger;

public class LoggedCatch {
  private static final Logger LOG = Logger.getLogger(LoggedCatch.class.getName());

  public int port(String raw) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      LOG.log(Level.WARNING, "bad port " + raw, e);
      return 8080;
    }
  }
}
