package eval.deser;

import java.beans.XMLDecoder;
import java.io.FileInputStream;
import java.io.IOException;

public class XmlDecoderSettings {
  public Object load(String file) throws IOException {
    try (XMLDecoder decoder = new XMLDecoder(new FileInputStream(file))) { // expect: unsafe-deserialization
      return decoder.readObject();
    }
  }
}
