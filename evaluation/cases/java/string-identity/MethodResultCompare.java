package eval.identity;

import java.util.Locale;

public class MethodResultCompare {
  interface User {
    String getCountry();
  }

  public boolean isDomestic(User user) {
    return user.getCountry().toUpperCase(Locale.ROOT) == "DE"; // expect: string-identity
  }
}
