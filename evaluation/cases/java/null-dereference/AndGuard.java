package eval.npe;

import java.util.Map;

public class AndGuard {
  public boolean hasNickname(Map<String, String> nicknames, String user) {
    String nick = nicknames.get(user);
    return nick != null && !nick.isBlank();
  }
}
