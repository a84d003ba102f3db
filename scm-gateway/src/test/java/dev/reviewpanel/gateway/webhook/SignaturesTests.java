package dev.reviewpanel.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTests {

  private static final byte[] BODY = "{\"action\":\"opened\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void shouldAcceptTheHmacOfTheBodyUnderTheSecret() {
    String signature = "sha256=" + Signatures.sign("s3cret", BODY);

    assertThat(Signatures.hmacSha256Matches("s3cret", BODY, signature)).isTrue();
    assertThat(
            Signatures.hmacSha256Matches(
                "s3cret", BODY, signature.toUpperCase().replace("SHA256=", "sha256=")))
        .isTrue();
  }

  @Test
  void shouldRefuseAnotherSecretATamperedBodyAndMalformedHeaders() {
    String signature = "sha256=" + Signatures.sign("s3cret", BODY);
    byte[] tampered = "{\"action\":\"closed\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(Signatures.hmacSha256Matches("other", BODY, signature)).isFalse();
    assertThat(Signatures.hmacSha256Matches("s3cret", tampered, signature)).isFalse();
    assertThat(Signatures.hmacSha256Matches("s3cret", BODY, signature.substring(7))).isFalse();
    assertThat(Signatures.hmacSha256Matches("s3cret", BODY, "sha1=" + signature.substring(7)))
        .isFalse();
    assertThat(Signatures.hmacSha256Matches("s3cret", BODY, "sha256=")).isFalse();
    assertThat(Signatures.hmacSha256Matches("s3cret", BODY, null)).isFalse();
  }

  @Test
  void shouldCompareGitLabTokensWhole() {
    assertThat(Signatures.tokenMatches("gl-token", "gl-token")).isTrue();
    assertThat(Signatures.tokenMatches("gl-token", "gl-toke")).isFalse();
    assertThat(Signatures.tokenMatches("gl-token", "gl-token ")).isFalse();
    assertThat(Signatures.tokenMatches("gl-token", null)).isFalse();
  }
}
