package org.example.library.web;

import java.io.IOException;
import java.sql.SQLException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.example.library.data.BookDao;

@WebServlet("/book")
public class BookServlet extends HttpServlet {

  private final BookDao books = new BookDao();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a number");
      return;
    }
    try {
      var book = books.find(id);
      if (book.isEmpty()) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      req.setAttribute("book", book.get());
      req.getRequestDispatcher("/WEB-INF/jsp/book.jsp").forward(req, resp);
    } catch (SQLException e) {
      throw new ServletException(e);
    }
  }

  /** Places a hold; the member card comes from the session, the note from the form. */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    HttpSession session = req.getSession(false);
    if (session == null || session.getAttribute("card") == null) {
      resp.sendRedirect(req.getContextPath() + "/login");
      return;
    }
    long id = Long.parseLong(req.getParameter("id"));
    String card = (String) session.getAttribute("card");
    try {
      books.reserve(id, card, req.getParameter("note"));
    } catch (SQLException e) {
      throw new ServletException(e);
    }
    resp.sendRedirect(req.getContextPath() + "/book?id=" + id + "&msg=Reserved");
  }
}
