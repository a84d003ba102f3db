package eval.secret;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class ValueInjectedPassword {
  private final String password;

  public ValueInjectedPassword(@Value("${smtp.password}") String password) {
    this.password = password;
  }

  public boolean configured() {
    return password != null && !password.isEmpty();
  }
}
