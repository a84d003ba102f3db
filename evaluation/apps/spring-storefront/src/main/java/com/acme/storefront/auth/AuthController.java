package com.acme.storefront.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import javax.naming.NamingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuthController {

  private static final Logger log = LoggerFactory.getLogger(AuthController.class);
  private static final int THIRTY_DAYS = 60 * 60 * 24 * 30;

  private final DirectoryService directory;
  private final TokenService tokens;
  private final JdbcTemplate jdbc;

  AuthController(DirectoryService directory, TokenService tokens, JdbcTemplate jdbc) {
    this.directory = directory;
    this.tokens = tokens;
    this.jdbc = jdbc;
  }

  @GetMapping("/staff/login")
  String loginPage() {
    return "auth/login";
  }

  @PostMapping("/staff/login")
  String staffLogin(
      @ModelAttribute LoginForm form, HttpServletRequest request, HttpServletResponse response)
      throws NamingException {
    Optional<String> dn = directory.findStaffDn(form.username());
    if (dn.isEmpty() || !directory.authenticate(dn.get(), form.password())) {
      log.warn("Staff login failed for user " + form.username() + " from " + request.getRemoteAddr()); // vuln: log-injection
      return "redirect:/staff/login?error";
    }
    HttpSession session = request.getSession(true);
    session.setAttribute("staffDn", dn.get());
    session.setAttribute("tenant", form.tenant()); // vuln: trust-boundary
    if (form.rememberMe()) {
      String token = tokens.newRememberMeToken();
      jdbc.update(
          "INSERT INTO remember_me (dn, token_digest) VALUES (?, ?)", dn.get(), tokens.rememberMeDigest(token));
      Cookie remember = new Cookie("STAFF_REMEMBER", token); // vuln: insecure-cookie
      remember.setMaxAge(THIRTY_DAYS);
      remember.setPath("/staff");
      response.addCookie(remember);
    }
    Cookie locale = new Cookie("staff_locale", "en");
    locale.setPath("/staff");
    locale.setSecure(true);
    locale.setHttpOnly(true);
    response.addCookie(locale);
    log.info("Staff login ok, session {}", session.getId().hashCode());
    return "redirect:/staff";
  }

  @PostMapping("/account/password/forgot")
  String forgotPassword(@RequestParam String email) {
    String code = tokens.newResetCode();
    jdbc.update(
        "UPDATE shoppers SET reset_code = ?, reset_expires = now() + interval '30 minutes' WHERE email = ?",
        code,
        email);
    return "redirect:/account/password/sent";
  }

  @PostMapping("/account/password/legacy-check")
  String legacyCheck(@RequestParam String email, @RequestParam String password) {
    var row = jdbc.queryForMap("SELECT salt, password_md5 FROM shoppers WHERE email = ?", email);
    boolean ok = tokens.legacyPasswordHash(password, (String) row.get("salt")).equals(row.get("password_md5"));
    return ok ? "redirect:/account/password/upgrade" : "redirect:/account/login?error";
  }
}
