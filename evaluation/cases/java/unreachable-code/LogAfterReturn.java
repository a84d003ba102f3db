package eval.unreachable;

import java.util.logging.Logger;

public class LogAfterReturn {
  private static final Logger LOG = Logger.getLogger("accounts");

  public long balance(Account account) {
    long total = account.credits() - account.debits();
    return total;
    LOG.fine("balance computed for " + account.id()); // expect: unreachable-code
  }

  record Account(String id, long credits, long debits) {}
}
