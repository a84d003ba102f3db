package dev.reviewpanel.coordinator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewIdsTests {

  @Test
  void shouldDeriveTheSameIdFromTheSameIdempotencyKey() {
    String expected =
        UUID.nameUUIDFromBytes("idem:pr-42@abc".getBytes(StandardCharsets.UTF_8)).toString();

    assertThat(ReviewIds.resolve(null, "pr-42@abc", null)).isEqualTo(expected);
    assertThat(ReviewIds.resolve(null, "pr-42@abc", "some-key")).isEqualTo(expected);
    assertThat(ReviewIds.resolve(null, "pr-43@abc", null)).isNotEqualTo(expected);
  }

  @Test
  void shouldKeepAClientReviewIdAndNormalizeIt() {
    String id = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";

    assertThat(ReviewIds.resolve(id, null, null)).isEqualTo(id.toLowerCase());
  }

  @Test
  void shouldRejectAReviewIdThatContradictsTheKey() {
    assertThatThrownBy(() -> ReviewIds.resolve(UUID.randomUUID().toString(), "k", null))
        .isInstanceOf(ReviewRejectedException.class);
    String derived = ReviewIds.forIdempotencyKey("k");
    assertThat(ReviewIds.resolve(derived, "k", null)).isEqualTo(derived);
  }

  @Test
  void shouldUseTheRecordKeyAsIdOrIdempotencyKey() {
    String uuid = UUID.randomUUID().toString();

    assertThat(ReviewIds.resolve(null, null, uuid)).isEqualTo(uuid);
    assertThat(ReviewIds.resolve(null, null, "orders-pr-7"))
        .isEqualTo(ReviewIds.forIdempotencyKey("orders-pr-7"));
  }

  @Test
  void shouldMintAFreshIdOtherwise() {
    String first = ReviewIds.resolve(null, null, null);

    assertThat(ReviewIds.isUuid(first)).isTrue();
    assertThat(ReviewIds.resolve(null, null, null)).isNotEqualTo(first);
  }

  @Test
  void shouldOnlyAcceptCanonicalUuids() {
    assertThat(ReviewIds.isUuid("1-1-1-1-1")).isFalse();
    assertThat(ReviewIds.isUuid(UUID.randomUUID().toString())).isTrue();
  }
}
