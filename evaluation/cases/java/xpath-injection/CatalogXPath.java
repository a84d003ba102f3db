package eval.xpath;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class CatalogXPath {
  public String price(Document catalog, HttpServletRequest req) throws XPathExpressionException {
    String sku = req.getParameter("sku");
    XPath xpath = XPathFactory.newInstance().newXPath();
    String expr = "/catalog/item[@sku='" + sku + "']/price/text()";
    return xpath.evaluate(expr, catalog); // expect: xpath-injection
  }
}
