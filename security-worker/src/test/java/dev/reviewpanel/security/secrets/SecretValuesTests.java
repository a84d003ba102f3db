package dev.reviewpanel.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTests {

  @ParameterizedTest
  @ValueSource(strings = {"hunter2hunter2", "s3cr3t-Passw0rd!", "changeme", "Tr0ub4dor&3"})
  void shouldTreatRealLookingValuesAsCredentials(String value) {
    assertThat(SecretValues.isCredential(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "abc",
        "${DB_PASSWORD}",
        "{{ secret }}",
        "<your-password>",
        "********",
        "xxxx",
        "TODO",
        "your-api-key-here",
        "Invalid password",
        "db.password",
        "x-api-token",
        "Password",
        "Token",
        "null"
      })
  void shouldIgnorePlaceholdersMessagesAndKeyNames(String value) {
    assertThat(SecretValues.isCredential(value)).isFalse();
  }

  @Test
  void shouldNameWellKnownTokenShapes() {
    assertThat(SecretValues.tokenShape("AKIAIOSFODNN7EXAMPLE")).contains("AWS access key id");
    assertThat(SecretValues.tokenShape("ghp_abcdefghijklmnopqrstuvwxyz0123456789"))
        .contains("GitHub token");
    assertThat(SecretValues.tokenShape("-----BEGIN RSA PRIVATE KEY-----")).contains("private key");
    assertThat(SecretValues.tokenShape("AKIA-not-a-key")).isEmpty();
  }
}
