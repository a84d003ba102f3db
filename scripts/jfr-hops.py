#!/usr/bin/env python3
"""CPU samples of a JFR recording by hop of the pipeline, by thread, and by top frame.

    jfr print --events jdk.ExecutionSample --stack-depth 64 load.jfr > samples.txt
    scripts/jfr-hops.py samples.txt [REGEX]

A sample counts for the first hop below whose frames it contains (analysis before JSON before
Kafka, so a Streams sample spent in Jackson counts as JSON). With REGEX, also lists the frames
matching it with the samples they appear in (inclusive counts). Native code (tree-sitter's parser)
is not in execution samples: see jdk.NativeMethodSample.
"""
import collections
import re
import sys

HOPS = [
    ("analysis: Java parse", ["com.github.javaparser.GeneratedJavaParser", "com.github.javaparser.JavaParser.parse"]),
    ("analysis: analyzers and engine", ["dev.reviewpanel.code.", "dev.reviewpanel.security.", "dev.reviewpanel.bug.", "dev.reviewpanel.performance."]),
    ("logging", ["ch.qos.logback", "org.slf4j"]),
    ("JSON (Jackson)", ["tools.jackson", "com.fasterxml.jackson"]),
    ("metrics", ["io.micrometer"]),
    ("synthesis: report assembly", ["dev.reviewpanel.report."]),
    ("Kafka Streams", ["org.apache.kafka.streams"]),
    ("broker", ["kafka.", "org.apache.kafka.server", "org.apache.kafka.storage", "org.apache.kafka.coordinator",
                "org.apache.kafka.raft", "org.apache.kafka.metadata", "org.apache.kafka.controller"]),
    ("Kafka clients", ["org.apache.kafka.clients", "org.apache.kafka.common"]),
    ("Spring Kafka", ["org.springframework.kafka"]),
    ("HTTP (Tomcat, Spring MVC)", ["org.apache.catalina", "org.apache.coyote", "org.apache.tomcat", "org.springframework.web"]),
]


def samples(path):
    thread, frames = None, None
    with open(path) as lines:
        for line in lines:
            text = line.strip()
            if text.startswith("sampledThread"):
                thread = re.sub(r" \(javaThreadId.*", "", text.split("=", 1)[1].strip()).strip('"')
            elif text.startswith("stackTrace = ["):
                frames = []
            elif text == "]" and frames is not None:
                yield thread, frames
                frames = None
            elif frames is not None and text and text != "...":
                frames.append(re.sub(r"\(.*", "", text))


def thread_group(name):
    return re.sub(r"\d+", "N", re.sub(r"[-_ ]?\d+$", "", name))


def hop(frames):
    for name, prefixes in HOPS:
        if any(frame.startswith(prefix) for frame in frames for prefix in prefixes):
            return name
    return "other"


def show(title, counter, total, limit):
    print(f"\n== {title}")
    for key, count in counter.most_common(limit):
        print(f"{100 * count / total:5.1f}% {count:6d}  {key}")


def main():
    path = sys.argv[1]
    pattern = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
    hops, threads, tops, inclusive = (collections.Counter() for _ in range(4))
    total = 0
    for thread, frames in samples(path):
        total += 1
        hops[hop(frames)] += 1
        threads[thread_group(thread)] += 1
        if frames:
            tops[frames[0]] += 1
        if pattern:
            for frame in set(frames):
                if pattern.search(frame):
                    inclusive[frame] += 1
    print(f"{total} samples")
    if total == 0:
        return
    show("by hop", hops, total, 20)
    show("by thread", threads, total, 25)
    show("top frames", tops, total, 25)
    if pattern:
        show(f"frames matching {pattern.pattern} (inclusive)", inclusive, total, 40)


if __name__ == "__main__":
    main()
