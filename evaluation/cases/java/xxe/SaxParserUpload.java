package eval.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

public class SaxParserUpload {
  public void scan(InputStream body, DefaultHandler handler) throws Exception {
    SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
    parser.parse(body, handler); // expect: xxe
  }
}
