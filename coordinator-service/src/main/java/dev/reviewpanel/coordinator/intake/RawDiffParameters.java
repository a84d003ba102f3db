package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.events.SourceRef;
import java.util.List;

/** What a raw-diff submission says in its query string and headers instead of a JSON body. */
record RawDiffParameters(
    SourceRef source, List<String> agents, String timeout, String idempotencyKey) {}
