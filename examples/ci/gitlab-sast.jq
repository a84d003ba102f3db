# Turns a Review Panel report (review-panel analyze --format json) into GitLab's SAST report
# (security report schema 15), for `artifacts: reports: sast:`. Suppressed findings are left out:
# they do not count. Usage: jq -f gitlab-sast.jq review.json > gl-sast-report.json
def tool: {id: "review-panel", name: "Review Panel", version: "0.1.0", vendor: {name: "Review Panel"}};
def level: {CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low", INFO: "Info"}[.] // "Unknown";
def stamp: (. // (now | todate)) | sub("\\.[0-9]+Z$"; "Z") | sub("Z$"; "");
{
  version: "15.0.7",
  scan: {
    analyzer: tool,
    scanner: tool,
    type: "sast",
    start_time: (.submittedAt | stamp),
    end_time: (.completedAt | stamp),
    status: (if .status == "FAILED" then "failure" else "success" end)
  },
  vulnerabilities: [
    .findings[]
    | select(.suppression == null)
    | {
        id: .fingerprint,
        name: .title,
        description: ([.message, .recommendation] | map(select(. != null)) | join("\n\n")),
        severity: (.severity | level),
        location: {file: .location.path, start_line: .location.startLine, end_line: .location.endLine},
        identifiers: (
          [{type: "review_panel_rule", name: .ruleId, value: .ruleId}]
          + (if .cwe then [{type: "cwe", name: .cwe, value: (.cwe | sub("^CWE-"; ""))}] else [] end)
        )
      }
  ]
}
