package com.acme.shop;

import java.io.File;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OrderController {

  private static final String DB_PASSWORD = "s3cr3t-Passw0rd!";

  private final Connection connection;

  public OrderController(Connection connection) {
    this.connection = connection;
  }

  public void findOrders(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String customer = request.getParameter("customer");
    Statement statement = connection.createStatement();
    ResultSet rows = statement.executeQuery("SELECT * FROM orders WHERE customer = '" + customer + "'");
    response.getWriter().println("<h1>Orders for " + customer + "</h1>");
    while (rows.next()) {
      response.getWriter().println(rows.getString("id"));
    }
  }

  public ResultSet findOrdersSafely(String customer) throws Exception {
    PreparedStatement statement =
        connection.prepareStatement("SELECT * FROM orders WHERE customer = ?");
    statement.setString(1, customer);
    return statement.executeQuery();
  }

  public void exportInvoice(HttpServletRequest request) throws Exception {
    String name = request.getParameter("file");
    File invoice = new File("/var/invoices/" + name);
    Runtime.getRuntime().exec("pdftotext " + name);
    System.out.println(invoice.length());
  }

  public String resetToken() throws Exception {
    Random random = new Random();
    String token = Long.toHexString(random.nextLong());
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    return token + md5.digest(token.getBytes()).length;
  }

  public List<String> loadLines(List<Long> orderIds) throws Exception {
    List<String> lines = new ArrayList<>();
    String report = "";
    for (Long id : orderIds) {
      PreparedStatement statement =
          connection.prepareStatement("SELECT line FROM order_lines WHERE order_id = ?");
      statement.setLong(1, id);
      ResultSet rows = statement.executeQuery();
      while (rows.next()) {
        lines.add(rows.getString(1));
        report += rows.getString(1);
      }
    }
    return lines;
  }

  public boolean isAdmin(String role) {
    return role == "admin";
  }

  public void audit(String message) {
    try {
      connection.createStatement().execute("INSERT INTO audit VALUES ('" + message + "')");
    } catch (Exception e) {
    }
  }
}
