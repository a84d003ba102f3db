package eval.unreachable;

public class EarlyReturnGuard {
  public String label(String name) {
    if (name == null || name.isBlank()) {
      return "anonymous";
    }
    String trimmed = name.trim();
    return trimmed.length() > 20 ? trimmed.substring(0, 20) + "..." : trimmed;
  }
}
