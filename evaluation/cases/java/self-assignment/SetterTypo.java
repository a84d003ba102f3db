package eval.selfassign;

public class SetterTypo {
  private int retries;

  public void setRetries(int retries) {
    this.retries = this.retries; // expect: self-assignment
  }

  public int retries() {
    return retries;
  }
}
