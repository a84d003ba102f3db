package dev.reviewpanel.code.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestCodePolicyTests {

  private final TestCodePolicy defaults = TestCodePolicy.DEFAULTS;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/java/com/acme/OrderControllerTests.java",
        "test/app.js",
        "packages/api/tests/test_views.py",
        "app/__tests__/login.js",
        "tests/conftest.py",
        "allauth/account/tests.py",
        "pkg/handlers_test.py",
        "test_models.py",
        "src/login.test.tsx",
        "src/login.spec.ts",
        "internal/testdata/config.py",
        "spec/fixtures/users.js",
        "src/main/java/com/acme/OrderServiceIT.java"
      })
  void shouldTreatTheUsualTestLayoutsAsTestCode(String path) {
    assertThat(defaults.appliesTo("security", path)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/main/java/com/acme/TestimonialService.java",
        "app/contest.py",
        "lib/attestation.js",
        "src/latest.ts",
        "app/testing_utils_are_not_here.py",
        "app/contests.py"
      })
  void shouldLeaveProductCodeAlone(String path) {
    assertThat(defaults.appliesTo("security", path)).isEmpty();
  }

  @Test
  void shouldOnlyQuietTheChosenAgentsAndNothingInKeepMode() {
    TestCodePolicy keep = new TestCodePolicy(TestCodePolicy.Mode.KEEP, null, null);
    TestCodePolicy bugToo =
        new TestCodePolicy(TestCodePolicy.Mode.LOW, List.of("**/it/**"), Set.of("Security", "bug"));

    assertThat(defaults.appliesTo("bug", "tests/test_app.py")).isEmpty();
    assertThat(keep.appliesTo("security", "tests/test_app.py")).isEmpty();
    assertThat(bugToo.appliesTo("bug", "src/it/flows.py")).contains("**/it/**");
    assertThat(bugToo.appliesTo("security", "tests/test_app.py")).isEmpty();
  }
}
