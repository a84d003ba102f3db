package eval.identity;

public class EqualsCompare {
  public boolean isAdmin(String role) {
    return "admin".equals(role);
  }
}
