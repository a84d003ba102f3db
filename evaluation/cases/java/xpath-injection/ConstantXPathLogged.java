package eval.xpath;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class ConstantXPathLogged {
  private static final Logger LOG = Logger.getLogger("catalog");

  public String firstTitle(Document doc, HttpServletRequest request)
      throws XPathExpressionException {
    String vendor = request.getParameter("vendor");
    LOG.info("title lookup for " + vendor);
    XPath xp = XPathFactory.newInstance().newXPath();
    return xp.evaluate("/catalog/item[1]/title", doc);
  }
}
