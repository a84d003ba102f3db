package eval.random;

public class MathRandomSessionId {
  public String createSessionId(String user) {
    String sessionId = user + "-" + (long) (Math.random() * 1_000_000_000L); // expect: insecure-random
    return sessionId;
  }
}
