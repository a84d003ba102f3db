package com.acme.storefront.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Bearer tokens for the mobile app (/api) and for the partner console (/partner-api). */
@Component
class JwtAuthenticationFilter extends OncePerRequestFilter {

  private final TokenService tokens;

  JwtAuthenticationFilter(TokenService tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.startsWith("Bearer ")) {
      String token = header.substring(7);
      try {
        DecodedJWT jwt =
            request.getRequestURI().startsWith("/partner-api/")
                ? partnerToken(token)
                : JWT.require(tokens.algorithm()).withClaimPresence("role").build().verify(token);
        authenticate(jwt);
      } catch (JWTVerificationException e) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid token");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Partner tokens are issued by the partner gateway, which already checked them. */
  private DecodedJWT partnerToken(String token) throws JWTDecodeException {
    return JWT.decode(token); // vuln: jwt-none
  }

  private void authenticate(DecodedJWT jwt) {
    String role = jwt.getClaim("role").asString();
    var auth =
        new UsernamePasswordAuthenticationToken(
            jwt.getSubject(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    SecurityContextHolder.getContext().setAuthentication(auth);
  }
}
