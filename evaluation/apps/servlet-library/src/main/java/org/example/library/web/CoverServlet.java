package org.example.library.web;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves cover scans: /covers?isbn=9780140449136 or /covers?file=special/banner.png */
@WebServlet("/covers")
public class CoverServlet extends HttpServlet {

  private File coverDir;

  @Override
  public void init() {
    coverDir = new File(getServletContext().getInitParameter("coverDirectory"));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String isbn = req.getParameter("isbn");
    File image;
    if (isbn != null) {
      if (!isbn.matches("\\d{10}|\\d{13}")) {
        resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      image = new File(coverDir, isbn + ".jpg");
    } else {
      image = new File(coverDir, req.getParameter("file"));
    }
    if (!image.isFile()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(getServletContext().getMimeType(image.getName()));
    try (InputStream in = new FileInputStream(image); // vuln: path-traversal
        OutputStream out = resp.getOutputStream()) {
      in.transferTo(out);
    }
  }
}
