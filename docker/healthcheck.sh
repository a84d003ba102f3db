#!/usr/bin/env bash
# Container health probe without curl or wget: one HTTP/1.0 GET over bash's /dev/tcp.
# Usage: healthcheck [path] ; port from SERVER_PORT (default 8080). Exit 0 only on HTTP 200.
set -uo pipefail
path="${1:-/actuator/health/readiness}"
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${path}" >&3
read -r -t 4 status_line <&3 || exit 1
exec 3>&-
case "${status_line}" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "unhealthy: ${status_line}" >&2; exit 1 ;;
esac
