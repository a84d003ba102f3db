package dev.reviewpanel.worker.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedEntriesTests {

  @Test
  void shouldForgetTheLeastRecentlyUsedBeyondItsEntriesOrBytes() {
    BoundedEntries entries = new BoundedEntries(2, 1_000);
    entries.put("a", new byte[10]);
    entries.put("b", new byte[10]);
    entries.get("a");

    entries.put("c", new byte[10]);

    assertThat(entries.get("b")).isEmpty();
    assertThat(entries.get("a")).isPresent();
    assertThat(entries.get("c")).isPresent();

    BoundedEntries small = new BoundedEntries(100, 50);
    small.put("a", new byte[20]);
    small.put("b", new byte[20]);
    small.put("c", new byte[20]);
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.bytes()).isLessThanOrEqualTo(50);
    small.put("huge", new byte[60]);
    assertThat(small.get("huge")).as("larger than the whole cache").isEmpty();
  }

  @Test
  void shouldReplaceAndRemoveWithoutLosingCount() {
    BoundedEntries entries = new BoundedEntries(10, 1_000);
    entries.put("a", new byte[10]);
    entries.put("a", new byte[30]);
    assertThat(entries.bytes()).isEqualTo(31);
    entries.remove("a");
    assertThat(entries.bytes()).isZero();
    assertThat(entries.size()).isZero();
  }
}
