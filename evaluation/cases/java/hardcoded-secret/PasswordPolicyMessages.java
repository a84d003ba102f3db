package eval.secret;

public class PasswordPolicyMessages {
  static final String PASSWORD_FIELD = "password";
  static final String PASSWORD_TOO_SHORT = "Password must have at least 12 characters";

  public String validate(String password) {
    return password.length() < 12 ? PASSWORD_TOO_SHORT : "";
  }
}
