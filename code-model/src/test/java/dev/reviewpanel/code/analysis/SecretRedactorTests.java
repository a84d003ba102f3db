package dev.reviewpanel.code.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class SecretRedactorTests {

  @Test
  void shouldMaskAssignedSecretsAndKnownTokensButKeepTheRest() {
    String text =
        "String password = \"hunter2-value\"; key ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    assertThat(SecretRedactor.redact(text))
        .isEqualTo("String password = \"****\"; key ****")
        .isEqualTo(SecretRedactor.redact(SecretRedactor.redact(text)));
    assertThat(SecretRedactor.redact("int count = 3;")).isEqualTo("int count = 3;");
  }

  @Test
  void shouldMaskSecretsWhateverTheCaseOfTheirNameAndEveryTokenFormat() {
    assertThat(SecretRedactor.redact("PassWord = 'hunter2-value'")).isEqualTo("PassWord = '****'");
    assertThat(SecretRedactor.redact("headers.put(\"X-API-KEY\", \"abc-123-xyz\")"))
        .isEqualTo("headers.put(\"X-API-KEY\", \"****\")");
    assertThat(SecretRedactor.redact("setAuthorization(\"Bearer abcdef\")"))
        .isEqualTo("setAuthorization(\"****\")");
    assertThat(SecretRedactor.redact("DB_PWD: \"s3cr3t!\"")).isEqualTo("DB_PWD: \"****\"");
    assertThat(SecretRedactor.redact("aws AKIAABCDEFGHIJKLMNOP here")).isEqualTo("aws **** here");
    assertThat(SecretRedactor.redact("slack xoxb-1234567890-abcdef")).isEqualTo("slack ****");
    assertThat(SecretRedactor.redact("openai sk-abcdefghijklmnopqrstuvwxyz"))
        .isEqualTo("openai ****");
    assertThat(
            SecretRedactor.redact(
                "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop"))
        .isEqualTo("jwt ****");
    assertThat(SecretRedactor.redact("-----BEGIN RSA PRIVATE KEY-----")).isEqualTo("****");
    String plain = "for (Order order : orders) { total += order.amount(); }";
    assertThat(SecretRedactor.redact(plain)).isSameAs(plain);
  }

  @Test
  void shouldRedactEveryMessageOfACopiedCauseChainAndKeepTypesAndStackTraces() {
    IOException root = new IOException("read failed near token: 'tok-inner-secret'");
    IllegalStateException outer =
        new IllegalStateException(
            "cannot analyze: String password = \"outer-secret\";", new UncheckedIOException(root));

    RuntimeException copy = SecretRedactor.redacted(outer);

    assertThat(copy.getMessage())
        .startsWith("java.lang.IllegalStateException: cannot analyze")
        .doesNotContain("outer-secret");
    assertThat(copy.getStackTrace()).isEqualTo(outer.getStackTrace());
    assertThat(copy.getCause().getMessage()).startsWith("java.io.UncheckedIOException");
    assertThat(copy.getCause().getCause().getMessage())
        .isEqualTo("java.io.IOException: read failed near token: '****'");
    assertThat(copy.getCause().getCause().getCause()).isNull();
    assertThat(stackTrace(copy))
        .contains("read failed near token", "SecretRedactorTests")
        .doesNotContain("outer-secret", "tok-inner-secret");
  }

  @Test
  void shouldCopyAnExceptionWithoutMessageByItsTypeAlone() {
    RuntimeException copy = SecretRedactor.redacted(new NullPointerException());

    assertThat(copy.getMessage()).isEqualTo("java.lang.NullPointerException");
    assertThat(copy).hasToString("java.lang.NullPointerException");
  }

  private static String stackTrace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
