package eval.ldap;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;

public class FilterArgumentsSearch {
  public boolean member(DirContext ctx, HttpServletRequest request) throws NamingException {
    String user = request.getParameter("user");
    Object[] filterArgs = {user};
    NamingEnumeration<SearchResult> results =
        ctx.search("ou=users,dc=example,dc=org", "(&(objectclass=person)(uid={0}))", filterArgs,
            new SearchControls());
    return results.hasMore();
  }
}
