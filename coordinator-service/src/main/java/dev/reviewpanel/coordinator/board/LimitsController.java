package dev.reviewpanel.coordinator.board;

import dev.reviewpanel.coordinator.validation.LimitsProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/limits}: what a review may hold, so a client can leave out what would be refused
 * (and say so) before sending a whole folder.
 */
@RestController
class LimitsController {

  private final LimitsProperties limits;

  LimitsController(LimitsProperties limits) {
    this.limits = limits;
  }

  @GetMapping("/api/limits")
  Limits limits() {
    return new Limits(
        limits.maxFiles(),
        limits.maxFileBytes().toBytes(),
        limits.maxTotalBytes().toBytes(),
        limits.maxLineLength());
  }

  /** Review limits in files, bytes and characters. */
  record Limits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxLineLength) {}
}
