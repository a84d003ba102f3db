package eval.xxe;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class XmlInputFactoryDefault {
  public String rootName(InputStream in) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    XMLStreamReader reader = factory.createXMLStreamReader(in); // expect: xxe
    reader.nextTag();
    return reader.getLocalName();
  }
}
