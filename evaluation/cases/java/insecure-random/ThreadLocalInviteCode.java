package eval.random;

import java.util.concurrent.ThreadLocalRandom;

public class ThreadLocalInviteCode {
  public String newInvitationCode() {
    int n = ThreadLocalRandom.current().nextInt(100000, 999999); // expect: insecure-random
    return "INV-" + n;
  }
}
