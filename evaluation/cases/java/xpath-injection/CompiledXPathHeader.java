package eval.xpath;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

public class CompiledXPathHeader {
  private final Document catalog;

  public CompiledXPathHeader(Document catalog) {
    this.catalog = catalog;
  }

  public int count(HttpServletRequest request) throws XPathExpressionException {
    String vendor = request.getHeader("X-Vendor");
    XPath xp = XPathFactory.newInstance().newXPath();
    String expression = "/catalog/item[@vendor='" + vendor + "']";
    NodeList nodes = (NodeList) xp.compile(expression).evaluate(catalog, XPathConstants.NODESET); // expect: xpath-injection
    return nodes.getLength();
  }
}
