package eval.ldap;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;

public class EscapedFilter {
  private final DirContext ctx;

  public EscapedFilter(DirContext ctx) {
    this.ctx = ctx;
  }

  public boolean exists(HttpServletRequest req) throws NamingException {
    String uid = req.getParameter("uid");
    Object[] args = {uid};
    return ctx.search("ou=people,dc=example,dc=org", "(uid={0})", args, new SearchControls()).hasMore();
  }
}
