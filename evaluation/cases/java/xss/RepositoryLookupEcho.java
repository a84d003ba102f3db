package eval.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RepositoryLookupEcho extends HttpServlet {
  private ProductRepository products;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String sku = request.getParameter("sku");
    long stock = products.countBySku(sku);
    boolean known = products.existsBySku(sku);
    response.getWriter().println("<p>In stock: " + stock + (known ? "" : " (unknown)") + "</p>");
  }

  interface ProductRepository {
    long countBySku(String sku);

    boolean existsBySku(String sku);
  }
}
