package eval.xpath;

import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class VariableResolverXPath {
  public String price(Document catalog, HttpServletRequest req) throws XPathExpressionException {
    String sku = req.getParameter("sku");
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setXPathVariableResolver(name -> new QName("sku").equals(name) ? sku : null);
    return xpath.evaluate("/catalog/item[@sku=$sku]/price/text()", catalog);
  }
}
