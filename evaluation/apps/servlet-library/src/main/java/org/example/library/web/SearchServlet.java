package org.example.library.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.example.library.data.Book;
import org.example.library.data.BookDao;

@WebServlet("/search")
public class SearchServlet extends HttpServlet {

  private final BookDao books = new BookDao();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String q = req.getParameter("q");
    String field = req.getParameter("field");
    String shelf = req.getParameter("shelf");
    try {
      List<Book> results;
      if (shelf != null) {
        results = books.byShelf(shelf);
      } else if (q != null && !q.isBlank()) {
        results = books.search(q.trim(), field);
      } else {
        results = List.of();
      }
      req.setAttribute("results", results);
      req.getRequestDispatcher("/WEB-INF/jsp/search.jsp").forward(req, resp);
    } catch (SQLException e) {
      throw new ServletException("catalogue search failed", e);
    }
  }
}
