package eval.leak;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class SocketNotClosed {
  public void notify(String host, String message) throws IOException {
    Socket socket = new Socket(host, 7000); // expect: unclosed-resource
    OutputStream out = socket.getOutputStream();
    out.write(message.getBytes(StandardCharsets.UTF_8));
  }
}
