package eval.selfcmp;

public class CompareFieldWithItself {
  private final String sku;
  private final int quantity;

  public CompareFieldWithItself(String sku, int quantity) {
    this.sku = sku;
    this.quantity = quantity;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CompareFieldWithItself other)) {
      return false;
    }
    return sku.equals(sku) && quantity == other.quantity; // expect: self-comparison
  }

  @Override
  public int hashCode() {
    return sku.hashCode() * 31 + quantity;
  }
}
