package org.example.library.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class BookDao {

  private static final String COLUMNS = "id, isbn, title, author, year, available";

  public List<Book> search(String text, String field) throws SQLException {
    String column = "author".equals(field) ? "author" : "title";
    String sql =
        "SELECT " + COLUMNS + " FROM books WHERE lower(" + column + ") LIKE lower('%" + text + "%')"
            + " ORDER BY title";
    try (Connection conn = Database.connect();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) { // vuln: sql-injection
      return readAll(rs);
    }
  }

  public List<Book> byShelf(String shelf) throws SQLException {
    try (Connection conn = Database.connect();
        PreparedStatement ps =
            conn.prepareStatement("SELECT " + COLUMNS + " FROM books WHERE shelf = ? ORDER BY title")) {
      ps.setString(1, shelf);
      try (ResultSet rs = ps.executeQuery()) {
        return readAll(rs);
      }
    }
  }

  public Optional<Book> find(long id) throws SQLException {
    try (Connection conn = Database.connect();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM books WHERE id = " + id)) {
      List<Book> books = readAll(rs);
      return books.isEmpty() ? Optional.empty() : Optional.of(books.get(0));
    }
  }

  public int reserve(long bookId, String memberCard, String note) throws SQLException {
    String sql =
        "INSERT INTO reservations (book_id, member_card, note) VALUES ("
            + bookId + ", '" + memberCard + "', '" + note + "')";
    try (Connection conn = Database.connect();
        Statement st = conn.createStatement()) {
      return st.executeUpdate(sql); // vuln: sql-injection
    }
  }

  private static List<Book> readAll(ResultSet rs) throws SQLException {
    List<Book> books = new ArrayList<>();
    while (rs.next()) {
      books.add(
          new Book(
              rs.getLong("id"),
              rs.getString("isbn"),
              rs.getString("title"),
              rs.getString("author"),
              rs.getInt("year"),
              rs.getInt("available")));
    }
    return books;
  }
}
