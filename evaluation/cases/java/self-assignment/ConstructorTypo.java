package eval.selfassign;

public class ConstructorTypo {
  private String host;
  private int port;

  public ConstructorTypo(String host, int port) {
    host = host; // expect: self-assignment
    this.port = port;
  }

  public String address() {
    return host + ":" + port;
  }
}
