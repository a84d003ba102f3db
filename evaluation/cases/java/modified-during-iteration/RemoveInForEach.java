package eval.modified;

import java.util.List;

public class RemoveInForEach {
  public void dropExpired(List<Session> sessions, long now) {
    for (Session s : sessions) {
      if (s.expiresAt() < now) {
        sessions.remove(s); // expect: modified-during-iteration
      }
    }
  }

  record Session(String id, long expiresAt) {}
}
