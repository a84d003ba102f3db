package eval.deser;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

public class CustomReadObject {
  record Header(int version, long length) {}

  public Header readObject(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    return new Header(in.readInt(), in.readLong());
  }
}
