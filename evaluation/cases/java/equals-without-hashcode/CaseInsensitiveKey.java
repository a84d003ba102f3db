package eval.eqhash;

import java.util.Locale;

public final class CaseInsensitiveKey {
  private final String value;

  public CaseInsensitiveKey(String value) {
    this.value = value.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object obj) { // expect: equals-without-hashcode
    if (this == obj) {
      return true;
    }
    return obj instanceof CaseInsensitiveKey other && value.equals(other.value);
  }
}
