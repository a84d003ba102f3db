package org.example.library.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;

public class MemberDao {

  /** Returns the member's display name when card number and PIN match. */
  public Optional<String> login(String cardNumber, String pin) throws SQLException {
    String sql =
        "SELECT display_name FROM members WHERE card_number = '" + cardNumber
            + "' AND pin_hash = '" + hashPin(pin) + "'";
    try (Connection conn = Database.connect();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) { // vuln: sql-injection
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  public void updateEmail(String cardNumber, String email) throws SQLException {
    try (Connection conn = Database.connect();
        PreparedStatement ps = conn.prepareStatement("UPDATE members SET email = ? WHERE card_number = ?")) {
      ps.setString(1, email);
      ps.setString(2, cardNumber);
      ps.executeUpdate();
    }
  }

  static String hashPin(String pin) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // vuln: weak-hash
      return Base64.getEncoder().encodeToString(sha1.digest(pin.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
