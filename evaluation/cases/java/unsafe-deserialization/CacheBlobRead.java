package eval.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;

public class CacheBlobRead {
  public Object decode(String blob) throws IOException, ClassNotFoundException {
    byte[] raw = Base64.getDecoder().decode(blob);
    ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(raw));
    Object value = ois.readObject(); // expect: unsafe-deserialization
    ois.close();
    return value;
  }
}
