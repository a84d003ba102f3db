package eval.ldap;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;

public class DirectoryUserSearch {
  private final DirContext ctx;

  public DirectoryUserSearch(DirContext ctx) {
    this.ctx = ctx;
  }

  public boolean exists(HttpServletRequest req) throws NamingException {
    String uid = req.getParameter("uid");
    String filter = "(&(objectClass=person)(uid=" + uid + "))";
    NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=org", filter, new SearchControls()); // expect: ldap-injection
    return results.hasMore();
  }
}
