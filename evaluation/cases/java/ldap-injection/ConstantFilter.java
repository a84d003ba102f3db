package eval.ldap;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;

public class ConstantFilter {
  private final DirContext ctx;

  public ConstantFilter(DirContext ctx) {
    this.ctx = ctx;
  }

  public boolean admins(HttpServletRequest req) throws NamingException {
    String who = req.getParameter("who");
    String filter = "(cn=admins)";
    System.out.println("lookup requested by " + who.length());
    return ctx.search("ou=groups,dc=example,dc=org", filter, new SearchControls()).hasMore();
  }
}
