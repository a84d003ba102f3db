package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Server-side request forgery (CWE-918): request data choosing the target of an outgoing request
 * ({@code new URL(x).openConnection()}, {@code RestTemplate}, {@code WebClient}, {@code
 * HttpClient}, Apache/OkHttp/Jsoup requests). Parsing a URL without connecting is not a sink.
 */
@Component
public class SsrfAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.ssrf",
          "ssrf",
          "CWE-918",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Server-side request forgery",
          "Never let input choose the host of an outgoing request: map it to a configured base URL,"
              + " or check scheme and host against an allow-list before connecting.");

  private static final Set<String> CONNECT = Set.of("openConnection", "openStream", "getContent");
  private static final Set<String> REST_TEMPLATE =
      Set.of(
          "getForObject",
          "getForEntity",
          "postForObject",
          "postForEntity",
          "postForLocation",
          "patchForObject",
          "headForHeaders",
          "optionsForAllow",
          "exchange",
          "execute");
  private static final Set<String> URI_SETTERS = Set.of("uri", "baseUrl", "url", "newBuilder");
  private static final Set<String> CLIENT_FACTORIES = Set.of("create", "connect", "target");
  private static final Set<String> REQUEST_TYPES =
      Set.of(
          "HttpGet", "HttpPost", "HttpPut", "HttpDelete", "HttpPatch", "HttpHead", "URLConnection");

  @Override
  public String name() {
    return "java-ssrf";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      if (CONNECT.contains(name) && call.getScope().isPresent()) {
        Expression url = call.getScope().get();
        check(method, call, url, "URL." + name, findings);
      } else if (!call.getArguments().isEmpty() && isClientCall(call, name)) {
        check(method, call, call.getArgument(0), ScopeText.simpleOf(call) + "." + name, findings);
      }
    }
    for (ObjectCreationExpr creation : method.own(ObjectCreationExpr.class)) {
      String type = creation.getType().getNameAsString();
      if (REQUEST_TYPES.contains(type) && !creation.getArguments().isEmpty()) {
        check(method, creation, creation.getArgument(0), "new " + type, findings);
      }
    }
  }

  private static boolean isClientCall(MethodCallExpr call, String name) {
    String scope = ScopeText.of(call).toLowerCase(Locale.ROOT);
    if (REST_TEMPLATE.contains(name)) {
      return scope.contains("rest") || scope.contains("template");
    }
    if (URI_SETTERS.contains(name)) {
      return true;
    }
    return CLIENT_FACTORIES.contains(name)
        && (scope.endsWith("webclient") || scope.equals("jsoup") || scope.contains("client"));
  }

  private static void check(
      MethodFlow method,
      com.github.javaparser.ast.Node sink,
      Expression url,
      String what,
      Findings findings) {
    if (method.flowOf(url).exposedTo(Exposure.URL)) {
      reportTaint(findings, RULE, sink, method, url, Exposure.URL, what);
    }
  }
}
