package eval.identity;

public class RoleCheck {
  public boolean isAdmin(String role) {
    return role == "admin"; // expect: string-identity
  }
}
