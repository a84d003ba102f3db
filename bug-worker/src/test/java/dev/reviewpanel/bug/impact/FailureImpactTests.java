package dev.reviewpanel.bug.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureImpactTests {

  @Test
  void shouldNameWritesTransactionsAndSecurityChecksInEveryNamingStyle() {
    assertThat(FailureImpact.of("fs.promises.writeFile")).contains("a write");
    assertThat(FailureImpact.of("self.repository.save_all")).contains("a write");
    assertThat(FailureImpact.of("statement.executeUpdate")).contains("a write");
    assertThat(FailureImpact.of("bookings.markPaid")).contains("a write");
    assertThat(FailureImpact.of("session.commit")).contains("a transaction");
    assertThat(FailureImpact.of("jwt.verify")).contains("a security check");
    assertThat(FailureImpact.of("manager.checkPermission")).contains("a security check");
  }

  @Test
  void shouldSeeNoImpactInProbesParsingAndCleanup() {
    assertThat(FailureImpact.of("JSON.parse")).isEmpty();
    assertThat(FailureImpact.of("type.getDeclaredConstructor")).isEmpty();
    assertThat(FailureImpact.of("factory.setFeature")).isEmpty();
    assertThat(FailureImpact.of("stream.close")).isEmpty();
    assertThat(FailureImpact.of("file.delete")).isEmpty();
    assertThat(FailureImpact.of("statement.execute")).isEmpty();
    assertThat(FailureImpact.of("rewrite")).isEmpty();
    assertThat(FailureImpact.of("in.markSupported")).isEmpty();
    assertThat(FailureImpact.of("self.stdout.write")).isEmpty();
    assertThat(FailureImpact.of("functools.update_wrapper")).isEmpty();
    assertThat(FailureImpact.of("orders.update_one")).contains("a write");
  }

  @Test
  void shouldSeeAWriteInALiteralStatementThatChangesData() {
    assertThat(FailureImpact.of("conn.execute", "\"UPDATE items SET qty = $1\""))
        .contains("a write");
    assertThat(FailureImpact.of("cursor.execute", "f'delete from t where id = {i}'"))
        .contains("a write");
    assertThat(FailureImpact.of("cursor.execute", "\"SELECT 1\"")).isEmpty();
    assertThat(FailureImpact.of("cursor.execute", "sql")).isEmpty();
  }

  @Test
  void shouldReportTheFirstCallThatMatters() {
    assertThat(FailureImpact.firstOf(List.of("JSON.stringify", "out.write", "db.commit")))
        .hasValueSatisfying(lost -> assertThat(lost.describe()).isEqualTo("a write (out.write())"));
  }
}
