package dev.reviewpanel.code.taint;

import dev.reviewpanel.code.catalog.Specs;

/**
 * A flow that reached a sink: at {@code path}:{@code line}, through the sink's argument. Inside a
 * summary, a flow from a parameter; at the top, a flow from a real source.
 */
record SinkHit(Specs.Sink sink, Flow flow, String path, int line, String what) {}
