package eval.xxe;

import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

public class TransformerUpload {
  public String pretty(InputStream upload) throws Exception {
    TransformerFactory factory = TransformerFactory.newInstance();
    Transformer transformer = factory.newTransformer();
    StringWriter out = new StringWriter();
    transformer.transform(new StreamSource(upload), new StreamResult(out)); // expect: xxe
    return out.toString();
  }
}
