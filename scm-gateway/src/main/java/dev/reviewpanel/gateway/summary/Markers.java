package dev.reviewpanel.gateway.summary;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.gateway.scm.PostedComment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden HTML comments that make the gateway's comments its memory: each inline comment names
 * its finding's fingerprint, the summary carries the {@link SummaryState}. Both providers render
 * Markdown without them.
 */
public final class Markers {

  public static final String SUMMARY = "<!-- review-panel:summary -->";

  private static final Pattern FINDING =
      Pattern.compile("<!-- review-panel:finding ([0-9A-Za-z._:-]+) -->");
  private static final String STATE_OPEN = "<!-- review-panel:state ";
  private static final String CLOSE = " -->";

  private Markers() {}

  public static String finding(String fingerprint) {
    return "<!-- review-panel:finding " + fingerprint + " -->";
  }

  /** The fingerprints the gateway has commented on, from the comments' markers. */
  public static Set<String> postedFingerprints(List<PostedComment> comments) {
    Set<String> fingerprints = new LinkedHashSet<>();
    for (PostedComment comment : comments) {
      Matcher matcher = FINDING.matcher(comment.body());
      while (matcher.find()) {
        fingerprints.add(matcher.group(1));
      }
    }
    return fingerprints;
  }

  public static boolean isSummary(PostedComment comment) {
    return comment.body().contains(SUMMARY);
  }

  // "--" cannot appear inside an HTML comment: JSON may escape it as "-\u002d"
  static String state(SummaryState state) {
    String json = EventJson.mapper().writeValueAsString(state).replace("--", "-\\u002d");
    return STATE_OPEN + json + CLOSE;
  }

  static Optional<SummaryState> readState(String body) {
    int start = body.lastIndexOf(STATE_OPEN);
    if (start < 0) {
      return Optional.empty();
    }
    int end = body.indexOf(CLOSE, start + STATE_OPEN.length());
    if (end < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          EventJson.mapper()
              .readValue(body.substring(start + STATE_OPEN.length(), end), SummaryState.class));
    } catch (RuntimeException e) {
      // someone edited the summary by hand: start afresh rather than fail every post
      return Optional.empty();
    }
  }
}
