#!/usr/bin/env bash
# Starts a fake GitHub on loopback (acme/shop pull request #1) for trying the scm-gateway by hand,
# and prints the ./review-panel up command and the signed curl deliveries to use against it.
#   examples/scm-gateway/fake-github.sh [port (9099)]
# Needs a JDK 17+ and openssl (for the signatures in the printed commands). The fake lives in the
# scm-gateway's test sources (dev.reviewpanel.gateway.fake), the same one the tests use.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${1:-9099}"
cd "$root"

echo "Compiling the fake (first run downloads dependencies)..."
./mvnw -B -ntp -q -pl scm-gateway -am test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
classpath="scm-gateway/target/test-classes:scm-gateway/target/classes:$(cat scm-gateway/target/test-classpath.txt)"
exec java -cp "$classpath" dev.reviewpanel.gateway.fake.FakeProviderLauncher "$port" "$root/scm-gateway/target/fake-github"
