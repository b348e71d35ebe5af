#!/usr/bin/env bash
# The committed OpenAPI document, checked the way client developers use it:
#  1. Spectral's spectral:oas ruleset reports no errors (npm @stoplight/spectral-cli, installed under target/tools);
#  2. a Java client generated from it (clients/java, openapi-generator-maven-plugin) passes its test against the
#     service, started here from target/quarkus-app (build it first: mvn -B package -DskipTests).
# Usage: scripts/openapi-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
SPECTRAL_VERSION=6.16.3
PORT=${CLIENT_CHECK_PORT:-$(free_port)}
KEY=client-check-key
WORK=target/openapi-check

echo "-- Spectral (spectral:oas) on openapi/openapi.yaml"
if [ ! -x target/tools/node_modules/.bin/spectral ]; then
  mkdir -p target/tools
  npm install --prefix target/tools --no-audit --no-fund --silent "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null
fi
echo 'extends: ["spectral:oas"]' > target/tools/.spectral.yaml
# --fail-severity error: warnings are listed, errors fail the check
target/tools/node_modules/.bin/spectral lint openapi/openapi.yaml --ruleset target/tools/.spectral.yaml \
  --fail-severity error

echo "-- The generated Java client against the running service"
rm -rf "$WORK" && mkdir -p "$WORK"
TALENTRADAR_AUTH_BOOTSTRAP_ADMIN_KEY=$KEY QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$(h2_url "$PWD/$WORK/db")" \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
wait_ready "$PORT" "$pid" "$WORK/service.log"
mvn -B -f clients/java/pom.xml verify -Dtalentradar.url="http://localhost:$PORT" -Dtalentradar.api-key=$KEY
echo "PASS: Spectral found no errors; the generated client's test passed"
