package dev.reviewpanel.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hunter2hunter2",
        "s3cr3t-Passw0rd!",
        "Tr0ub4dor&3",
        "tok-9f8e7d6c5b4a",
        "AKIAIOSFODNN7EXAMPLE"
      })
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
        "null",
        "changeme",
        "change_me",
        "test-only",
        "dev-secret",
        "%(password)s",
        "{password}",
        "keyword",
        "string-2",
        "variable.language",
        "library",
        "https://auth.example.com/oauth/token",
        "Enter your password",
        "_password_reset_token",
        "org.apache.catalina.session.PASSWORD",
        "Proxy-Authorization",
        "X-Auth-Token"
      })
  void shouldIgnorePlaceholdersMessagesAndKeyNames(String value) {
    assertThat(SecretValues.isCredential(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "log4j2.trustStorePassword",
        "app.configurationPassword",
        "tlsCertificateKeyFilePassword",
        "ssh-ed25519",
        "ecdsa-sha2-nistp256",
        "rsa-sha2-512",
        "SCRAM-SHA-256",
        "MONGODB-X509",
        "hmac-sha1-96",
        "UTF-8",
        "ISO-8859-1"
      })
  void shouldTellNamesOfSettingsAlgorithmsAndCharsetsFromSecrets(String value) {
    assertThat(SecretValues.isName(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3cr3t-Passw0rd!",
        "tok-9f8e7d6c5b4a",
        "rsa-9f8e7d6c5b4a",
        "mailPass123",
        "hunter2hunter2",
        "Summer.Password2024"
      })
  void shouldNotTakeRealLookingValuesForNames(String value) {
    assertThat(SecretValues.isName(value)).isFalse();
  }

  @Test
  void shouldTreatACountingRunAsAStandIn() {
    assertThat(SecretValues.isCredential("0123456789012345678901234567890123456789")).isFalse();
    assertThat(SecretValues.isCredential("abcdefghijkl")).isFalse();
    assertThat(SecretValues.isCredential("0123456789a1b2c3")).isTrue();
  }

  @Test
  void shouldTreatAnAddressWithCredentialsAsOne() {
    assertThat(SecretValues.isCredential("postgres://app:Db-Passw0rd@db/app")).isTrue();
  }

  @Test
  void shouldDescribeTheShapeOfAValueWithoutShowingIt() {
    assertThat(ValueShape.of("5c1e9a7f03b24d6e8a9f1c2d3e4b5a6f"))
        .isEqualTo("a 32-character hex value");
    assertThat(ValueShape.of("SG.k8Jd92LmQp0xVr7tWz3nYc5bHf1eA6uR"))
        .isEqualTo("a 35-character high-entropy value");
    assertThat(ValueShape.of("keyboard cat")).isEqualTo("a 12-character passphrase");
    assertThat(ValueShape.of("hunter2")).isEqualTo("a 7-character value");
    assertThat(ValueShape.of("ghp_abcdefghijklmnopqrstuvwxyz0123456789"))
        .isEqualTo("a value in the format of a GitHub token");
  }

  @Test
  void shouldNameWellKnownTokenShapes() {
    assertThat(SecretValues.tokenShape("AKIAIOSFODNN7EXAMPLE")).contains("AWS access key id");
    assertThat(SecretValues.tokenShape("ghp_abcdefghijklmnopqrstuvwxyz0123456789"))
        .contains("GitHub token");
    assertThat(
            SecretValues.tokenShape(
                "-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2ES4a1b2c3d4"))
        .contains("private key");
    assertThat(SecretValues.tokenShape("sk-9fQ2vLx7Rk3mT8wZp1YcN5bHd0eA6uJq")).isPresent();
    assertThat(SecretValues.tokenShape("AKIA-not-a-key")).isEmpty();
  }

  @Test
  void shouldTellAnArmourLineAloneFromAKeySplitOverLiterals() {
    String header = "-----BEGIN OPENSSH PRIVATE KEY-----\\n";
    assertThat(SecretValues.tokenShape(header)).isEmpty();
    assertThat(SecretValues.privateKeyHeaderOnly(header)).isTrue();
    assertThat(SecretValues.hasKeyMaterial("b'" + header + "' + _wrap_base64(data, 70)")).isFalse();
    assertThat(
            SecretValues.hasKeyMaterial(
                "\""
                    + header
                    + "\" + \"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA\""))
        .isTrue();
  }

  @Test
  void shouldNotTakeNamesRatesOrMessagesForCredentials() {
    assertThat(SecretValues.tokenShape("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com")).isEmpty();
    assertThat(SecretValues.isCredential("urn:oasis:names:tc:SAML:2.0:ac:classes:Password"))
        .isFalse();
    assertThat(SecretValues.isCredential("20/m")).isFalse();
    assertThat(SecretValues.isCredential("FACTOR_PASSWORD")).isFalse();
    assertThat(
            SecretValues.isCredential("\\u7528\\u6237\\u540d\\u6216\\u5bc6\\u7801\\u9519\\u8bef"))
        .isFalse();
    assertThat(SecretValues.isCredential("\\u0053\\u0033cr3t-Passw0rd")).isTrue();
    assertThat(SecretNames.endsWithKey("invalidRowReasonMessageKey")).isFalse();
    assertThat(SecretNames.endsWithKey("smsGatewayKey")).isTrue();
  }

  @Test
  void shouldKnowCharsetNamesAsTheJdkDoes() {
    List<String> names = new ArrayList<>();
    for (Charset charset : Charset.availableCharsets().values()) {
      names.add(charset.name());
      names.addAll(charset.aliases());
    }
    names.addAll(
        List.of(
            "utf8", "UTF-8", "utf-8", "Latin1", "hunter2hunter2", "s3cr3t", "x-unknown", "koi9"));
    for (String name : names) {
      for (String spelling :
          List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
        assertThat(SecretValues.isCharset(spelling)).as(spelling).isEqualTo(supported(spelling));
      }
    }
    assertThat(SecretValues.isCharset("\u212aOI8-R")).isFalse(); // Kelvin sign, lower-cases to k
  }

  private static boolean supported(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalArgumentException notAName) {
      return false;
    }
  }
}
