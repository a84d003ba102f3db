package eval.xpath;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class NumericIndexXPath {
  public String nth(Document feed, HttpServletRequest req) throws XPathExpressionException {
    int index = Integer.parseInt(req.getParameter("n"));
    String expr = "/rss/channel/item[" + index + "]/title";
    return XPathFactory.newInstance().newXPath().evaluate(expr, feed);
  }
}
