package org.example.library.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/account")
public class AccountServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    HttpSession session = req.getSession(false);
    if (session == null) {
      resp.sendRedirect(req.getContextPath() + "/login");
      return;
    }
    String name = (String) session.getAttribute("displayName");
    String tab = req.getParameter("tab");
    resp.setContentType("text/html;charset=UTF-8");
    PrintWriter out = resp.getWriter();
    out.println("<!DOCTYPE html><html><head><title>My account</title></head><body>");
    out.println("<h1>Welcome back, " + Html.escape(name) + "</h1>");
    out.println("<nav><a href='?tab=loans'>Loans</a> <a href='?tab=holds'>Holds</a></nav>");
    if (tab != null) {
      out.println("<h2>Showing: " + tab + "</h2>"); // vuln: xss
    }
    out.println("</body></html>");
  }
}
