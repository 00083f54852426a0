#!/usr/bin/env bash
# Newsletter send benchmark: one issue to 10,000 confirmed subscribers through a local SMTP sink
# (GreenMail in the test JVM), throttling off, on the integration-test server (H2, its own data
# directory under webapp/target). Reports total time, messages per second and the server's heap.
#
#   bench/newsletter/newsletter-send.sh [subscribers] [http-port] [smtp-port] [https-port]
#
# Not part of `mvn verify`: the class is NewsletterSendBenchmark (not *IT), selected here by name.
set -euo pipefail
cd "$(dirname "$0")/../.."
SUBSCRIBERS="${1:-10000}"
PORT="${2:-9183}"
SMTP="${3:-3183}"
mvn -o -q verify -pl webapp -am \
  -Dbeacon.it.port="$PORT" -Dbeacon.it.https.port="${4:-9483}" -Dbeacon.it.smtp.port="$SMTP" \
  -Dbeacon.bench.subscribers="$SUBSCRIBERS" \
  -Dit.test='org.beaconportal.it.newsletter.NewsletterSendBenchmark' \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
cat webapp/target/newsletter-send-benchmark.txt
