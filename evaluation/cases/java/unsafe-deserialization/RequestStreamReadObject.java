package eval.deser;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RequestStreamReadObject extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
      Object command = in.readObject(); // expect: unsafe-deserialization
      response.getWriter().println("received " + command.getClass().getSimpleName());
    } catch (ClassNotFoundException e) {
      response.sendError(400);
    }
  }
}
