package com.acme.storefront.auth;

import com.acme.storefront.StorefrontProperties;
import java.util.Hashtable;
import java.util.Optional;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.stereotype.Service;

/** Staff accounts live in the company directory; shoppers are in the database. */
@Service
class DirectoryService {

  private final StorefrontProperties.Ldap ldap;

  DirectoryService(StorefrontProperties props) {
    this.ldap = props.ldap();
  }

  Optional<String> findStaffDn(String username) throws NamingException {
    DirContext ctx = bind(ldap.bindDn(), ldap.bindPassword());
    try {
      SearchControls controls = new SearchControls();
      controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
      String filter = "(&(objectClass=inetOrgPerson)(uid=" + username + "))";
      NamingEnumeration<SearchResult> results = ctx.search(ldap.base(), filter, controls); // vuln: ldap-injection
      return results.hasMore() ? Optional.of(results.next().getNameInNamespace()) : Optional.empty();
    } finally {
      ctx.close();
    }
  }

  Optional<String> displayName(String employeeNumber) throws NamingException {
    DirContext ctx = bind(ldap.bindDn(), ldap.bindPassword());
    try {
      SearchControls controls = new SearchControls();
      controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
      controls.setReturningAttributes(new String[] {"displayName"});
      NamingEnumeration<SearchResult> results =
          ctx.search(ldap.base(), "(employeeNumber={0})", new Object[] {employeeNumber}, controls);
      if (!results.hasMore()) {
        return Optional.empty();
      }
      Attributes attrs = results.next().getAttributes();
      return Optional.ofNullable(attrs.get("displayName")).map(a -> a.toString());
    } finally {
      ctx.close();
    }
  }

  boolean authenticate(String dn, String password) {
    if (password == null || password.isEmpty()) {
      return false; // an empty password would be an anonymous bind, which always succeeds
    }
    try {
      bind(dn, password).close();
      return true;
    } catch (NamingException e) {
      return false;
    }
  }

  private DirContext bind(String dn, String password) throws NamingException {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, ldap.url());
    env.put(Context.SECURITY_AUTHENTICATION, "simple");
    env.put(Context.SECURITY_PRINCIPAL, dn);
    env.put(Context.SECURITY_CREDENTIALS, password);
    return new InitialDirContext(env);
  }
}
