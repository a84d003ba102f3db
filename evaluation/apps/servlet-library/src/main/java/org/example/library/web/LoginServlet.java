package org.example.library.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.example.library.data.MemberDao;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

  private final MemberDao members = new MemberDao();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String card = req.getParameter("card");
    String pin = req.getParameter("pin");
    Optional<String> name;
    try {
      name = members.login(card, pin);
    } catch (SQLException e) {
      throw new ServletException(e);
    }
    if (name.isEmpty()) {
      LOG.warning("Failed login for card " + card); // vuln: log-injection
      resp.sendRedirect(req.getContextPath() + "/login?failed=1");
      return;
    }
    req.changeSessionId();
    req.getSession().setAttribute("card", card);
    req.getSession().setAttribute("displayName", name.get());

    Cookie lastCard = new Cookie("last_card", card); // vuln: insecure-cookie
    lastCard.setMaxAge(60 * 60 * 24 * 90);
    resp.addCookie(lastCard);

    String next = req.getParameter("next");
    if (next != null && !next.isEmpty()) {
      resp.sendRedirect(next); // vuln: open-redirect
    } else {
      resp.sendRedirect(req.getContextPath() + "/account");
    }
  }
}
