package dev.reviewpanel.coordinator.security;

import dev.reviewpanel.coordinator.backpressure.IntakeGate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>} on the API when keys are
 * configured. Keys are compared as SHA-256 digests in constant time, so neither content nor length
 * leaks through timing.
 */
class ApiKeyFilter extends OncePerRequestFilter {

  static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";

  private final List<byte[]> keyDigests;

  ApiKeyFilter(List<String> apiKeys) {
    this.keyDigests = apiKeys.stream().map(ApiKeyFilter::digest).toList();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (keyDigests.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    int key = matching(presentedKey(request));
    if (key >= 0) {
      // the key's position names the client for its rate limit; the key itself stays here
      request.setAttribute(IntakeGate.CLIENT_ATTRIBUTE, "key-" + key);
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"review-panel\"");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"error\":\"unauthorized\",\"message\":\"send a valid API key as"
                + " 'Authorization: Bearer <key>' or 'X-API-Key: <key>'\"}");
  }

  private static String presentedKey(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).trim();
    }
    String header = request.getHeader(API_KEY_HEADER);
    return header == null ? null : header.trim();
  }

  // the index of the matching key, or -1
  private int matching(String key) {
    if (key == null || key.isEmpty()) {
      return -1;
    }
    byte[] presented = digest(key);
    int match = -1;
    // check every key, never stopping early
    for (int i = 0; i < keyDigests.size(); i++) {
      if (MessageDigest.isEqual(keyDigests.get(i), presented)) {
        match = i;
      }
    }
    return match;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
