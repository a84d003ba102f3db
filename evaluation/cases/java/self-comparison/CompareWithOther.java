package eval.selfcmp;

public class CompareWithOther {
  private final String sku;

  public CompareWithOther(String sku) {
    this.sku = sku;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompareWithOther other && sku.equals(other.sku);
  }

  @Override
  public int hashCode() {
    return sku.hashCode();
  }
}
