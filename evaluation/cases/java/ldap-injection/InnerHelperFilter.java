package eval.ldap;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;

public class InnerHelperFilter {
  private final DirContext ctx;

  public InnerHelperFilter(DirContext ctx) {
    this.ctx = ctx;
  }

  public boolean member(HttpServletRequest request) throws NamingException {
    String user = new Normalizer().clean(request.getParameter("user"));
    String filter = "(&(objectclass=person)(uid=" + user + "))";
    SearchControls sc = new SearchControls();
    sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
    NamingEnumeration<SearchResult> results = ctx.search("ou=users,dc=example,dc=org", filter, sc); // expect: ldap-injection
    return results.hasMore();
  }

  private static class Normalizer {
    String clean(String value) {
      return value == null ? "" : value.trim();
    }
  }
}
