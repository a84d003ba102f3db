package eval.xxe;

import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

public class XmlReaderRequest {
  public void consume(HttpServletRequest request, DefaultHandler handler) throws Exception {
    XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
    reader.setContentHandler(handler);
    reader.parse(new InputSource(request.getInputStream())); // expect: xxe
  }
}
