package eval.cmd;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.servlet.http.HttpServletRequest;

public class ExecutorNamedMethod {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void exec(HttpServletRequest request) {
    String job = request.getParameter("job");
    pool.execute(() -> System.out.println("queued " + job.length()));
  }
}
