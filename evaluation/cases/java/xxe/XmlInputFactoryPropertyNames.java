package eval.xxe;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class XmlInputFactoryPropertyNames {
  public String rootName(InputStream in) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty("javax.xml.stream.supportDTD", false);
    factory.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
    XMLStreamReader reader = factory.createXMLStreamReader(in);
    reader.nextTag();
    return reader.getLocalName();
  }
}
