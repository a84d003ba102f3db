package eval.optional;

import java.util.Optional;

public class FindUserGet {
  interface Users {
    Optional<User> findByEmail(String email);
  }

  record User(String id, String email) {}

  private final Users users;

  public FindUserGet(Users users) {
    this.users = users;
  }

  public String idOf(String email) {
    return users.findByEmail(email).get().id(); // expect: optional-get-without-check
  }
}
