package eval.catches;

public class InterruptedEmpty {
  public void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {} // expect: empty-catch
  }
}
