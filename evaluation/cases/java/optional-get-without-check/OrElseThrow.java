package eval.optional;

import java.util.Optional;

public class OrElseThrow {
  interface Users {
    Optional<User> findByEmail(String email);
  }

  record User(String id, String email) {}

  public String idOf(Users users, String email) {
    return users.findByEmail(email)
        .map(User::id)
        .orElseThrow(() -> new IllegalArgumentException("no user " + email));
  }
}
