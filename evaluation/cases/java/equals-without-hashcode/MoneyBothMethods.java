package eval.eqhash;

import java.util.Objects;

public class MoneyBothMethods {
  private final long cents;
  private final String currency;

  public MoneyBothMethods(long cents, String currency) {
    this.cents = cents;
    this.currency = currency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MoneyBothMethods m && cents == m.cents && Objects.equals(currency, m.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cents, currency);
  }
}
