package eval.identity;

public class FieldCodeCompare {
  private final String currency;

  public FieldCodeCompare(String currency) {
    this.currency = currency;
  }

  public boolean sameCurrency(FieldCodeCompare other) {
    return this.currency == other.currency; // expect: string-identity
  }
}
