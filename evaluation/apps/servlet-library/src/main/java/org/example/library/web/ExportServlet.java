package org.example.library.web;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Staff-only MARC export; runs the catalogue's yaz-marcdump on a saved batch. */
@WebServlet("/staff/export")
public class ExportServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String batch = req.getParameter("batch");
    String format = "xml".equals(req.getParameter("format")) ? "marcxml" : "line";
    String cmd = "yaz-marcdump -o " + format + " /srv/library/batches/" + batch + ".mrc";
    Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); // vuln: command-injection
    resp.setContentType("text/plain;charset=UTF-8");
    try (InputStream in = p.getInputStream()) {
      in.transferTo(resp.getOutputStream());
    }
  }
}
