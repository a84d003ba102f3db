package eval.sql;

import com.acme.text.ThingFactory;
import com.acme.text.ThingInterface;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;

public class ExternalHelperQuery {
  private final JdbcTemplate template;

  public ExternalHelperQuery(JdbcTemplate template) {
    this.template = template;
  }

  public void rename(HttpServletRequest request) {
    String name = request.getParameter("name");
    ThingInterface thing = ThingFactory.createThing();
    String cleaned = thing.doSomething(name);
    String sql = "UPDATE profiles SET display_name = '" + cleaned + "'";
    template.batchUpdate(sql); // expect: sql-injection
  }
}
