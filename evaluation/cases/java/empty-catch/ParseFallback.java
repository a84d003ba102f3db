package eval.catches;

public class ParseFallback {
  public int port(String raw) {
    int port = 8080;
    try {
      port = Integer.parseInt(raw);
    } catch (NumberFormatException e) {} // expect: empty-catch
    return port;
  }
}
