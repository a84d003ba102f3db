#!/usr/bin/env bash
# Starts a fake GitHub on loopback (acme/shop pull request #1) for trying the scm-gateway by hand,
# and prints the ./review-panel up command and the signed curl deliveries to use against it.
#   examples/scm-gateway/fake-github.sh [port (9099)]
# Needs a JDK 17+ and openssl (for the signatures in the printed commands). The fake is the one the
# tests use (module provider-fakes, dev.reviewpanel.fakes); its control port is port + 1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${1:-9099}"
cd "$root"

echo "Compiling the fake (the first run downloads dependencies)..."
./mvnw -B -ntp -q -pl provider-fakes -am compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.outputFile=target/classpath.txt
classpath="provider-fakes/target/classes:$(cat provider-fakes/target/classpath.txt)"
exec java -cp "$classpath" dev.reviewpanel.fakes.FakeProviderLauncher "$port" "$root/provider-fakes/target/fake-github"
