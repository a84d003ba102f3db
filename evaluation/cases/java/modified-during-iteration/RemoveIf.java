package eval.modified;

import java.util.List;

public class RemoveIf {
  public void dropExpired(List<Session> sessions, long now) {
    sessions.removeIf(s -> s.expiresAt() < now);
  }

  record Session(String id, long expiresAt) {}
}
