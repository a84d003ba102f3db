package eval.ldap;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringGroupLookup {
  private final DirContext ctx;

  public SpringGroupLookup(DirContext ctx) {
    this.ctx = ctx;
  }

  @GetMapping("/groups")
  public boolean member(@RequestParam String group) throws NamingException {
    String filter = String.format("(cn=%s)", group);
    return ctx.search("ou=groups,dc=example,dc=org", filter, new SearchControls()).hasMore(); // expect: ldap-injection
  }
}
