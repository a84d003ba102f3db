package eval.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ConcurrentMapPut {
  private static final Map<Long, String> SESSIONS = new ConcurrentHashMap<>(); // expect: unbounded-static-cache

  public void login(long userId, String token) {
    SESSIONS.put(userId, token);
  }

  public String token(long userId) {
    return SESSIONS.get(userId);
  }
}
