package eval.selfassign;

public class ProperSetter {
  private String host;

  public ProperSetter(String host) {
    this.host = host;
  }

  public void setHost(String host) {
    this.host = host;
  }
}
