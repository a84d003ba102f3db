package dev.reviewpanel.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "dbPassword",
        "DB_PASSWORD",
        "client-secret",
        "apiKey",
        "API_KEY",
        "api_key",
        "privateKey",
        "accessToken",
        "authToken",
        "passwd",
        "SECRET_KEY",
        "signingKey",
        "credentials",
        "apikey"
      })
  void shouldRecognizeCredentialNames(String name) {
    assertThat(SecretNames.isSecret(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tokenizer",
        "keyboard",
        "cacheKey",
        "key",
        "PASSWORD_PARAM",
        "passwordHint",
        "secretName",
        "tokenTtl",
        "apiKeyHeader",
        "passwordLength",
        "username",
        "",
        "monkey"
      })
  void shouldIgnoreNamesThatDescribeOrMerelyContainTheWord(String name) {
    assertThat(SecretNames.isSecret(name)).isFalse();
  }
}
