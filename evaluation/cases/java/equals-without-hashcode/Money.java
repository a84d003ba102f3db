package eval.eqhash;

import java.util.Objects;

public class Money {
  private final long cents;
  private final String currency;

  public Money(long cents, String currency) {
    this.cents = cents;
    this.currency = currency;
  }

  @Override
  public boolean equals(Object o) { // expect: equals-without-hashcode
    if (!(o instanceof Money m)) {
      return false;
    }
    return cents == m.cents && Objects.equals(currency, m.currency);
  }
}
