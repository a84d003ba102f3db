package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * LDAP injection (CWE-90) and XPath injection (CWE-643): request data that reaches a JNDI/Spring
 * LDAP search filter or an XPath expression without being escaped for it.
 */
@Component
public class QueryInjectionAnalyzer extends JavaFlowAnalyzer {

  static final Rule LDAP =
      new Rule(
          "java.ldap-injection",
          "injection",
          "CWE-90",
          Severity.HIGH,
          Confidence.MEDIUM,
          "LDAP injection",
          "Escape values for the filter (Spring LdapEncoder.filterEncode, OWASP encodeForLDAP) or"
              + " build filters with Spring LDAP's LdapQueryBuilder.");
  static final Rule XPATH =
      new Rule(
          "java.xpath-injection",
          "injection",
          "CWE-643",
          Severity.HIGH,
          Confidence.MEDIUM,
          "XPath injection",
          "Use XPath variables (XPathVariableResolver) instead of concatenating values into the"
              + " expression.");

  // Which argument is the filter/expression, by method name.
  private static final Map<String, Integer> LDAP_SEARCHES =
      Map.of("search", 1, "searchForObject", 1);
  private static final Map<String, Integer> XPATH_CALLS =
      Map.of("compile", 0, "evaluate", 0, "selectNodes", 0, "selectSingleNode", 0);
  private static final Pattern LDAP_RECEIVER =
      Pattern.compile("(?i)\\w*(ctx|context|ldap\\w*|dircontext|template)");
  private static final Pattern XPATH_RECEIVER =
      Pattern.compile("(?i)\\w*xpath\\w*|xp|document|doc");

  @Override
  public String name() {
    return "java-query-injection";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String receiver = receiverName(call, method);
      String name = call.getNameAsString();
      if (LDAP_SEARCHES.containsKey(name) && LDAP_RECEIVER.matcher(receiver).matches()) {
        check(method, call, LDAP_SEARCHES.get(name), LDAP, "LDAP filter", findings);
      } else if (XPATH_CALLS.containsKey(name) && XPATH_RECEIVER.matcher(receiver).matches()) {
        check(method, call, XPATH_CALLS.get(name), XPATH, "XPath expression", findings);
      }
    }
  }

  private static void check(
      MethodFlow method,
      MethodCallExpr call,
      int index,
      Rule rule,
      String what,
      Findings findings) {
    if (call.getArguments().size() > index
        && method.flowOf(call.getArgument(index)).exposedTo(Exposure.QUERY)) {
      reportTaint(
          findings,
          rule,
          call,
          method,
          call.getArgument(index),
          Exposure.QUERY,
          what + " of " + call.getNameAsString() + "()");
    }
  }

  // The receiver's declared type when known (DirContext, XPath), else its variable name.
  private static String receiverName(MethodCallExpr call, MethodFlow method) {
    Optional<String> root = call.getScope().flatMap(MethodFlow::rootName);
    return root.map(r -> method.typeOf(r).orElse(r)).orElse("");
  }
}
