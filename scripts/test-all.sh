#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find: lint, types, data, unit, build, browser.
# Installs what it needs on a fresh machine (npm packages; Chromium and fonts from Debian's packages).
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
passed=0
failed=0
failures=()

step() { # name, command...: a step that is one test
  local name=$1
  shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

vitest_step() { # name, json file, vitest args...: each test inside counts
  local name=$1 json=$2
  shift 2
  echo "── $name"
  rm -f "$json"
  npx vitest run --reporter=default --reporter=json --outputFile="$json" "$@"
  if [ -s "$json" ]; then
    # Files that failed to load have no test results of their own: count each as one failure.
    read -r p f < <(node -e 'const r = require(process.argv[1]);
      const broken = r.testResults.filter((t) => t.status === "failed" && !t.assertionResults.length).length;
      console.log(r.numPassedTests, r.numFailedTests + broken);' "$PWD/$json")
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$f" -gt 0 ] && failures+=("$name ($f)")
  else
    failed=$((failed + 1))
    failures+=("$name (no report)")
  fi
}

install_chromium() {
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && return 0
  echo "── installing Chromium and fonts from Debian's packages"
  for attempt in 1 2 3 4 5; do
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-core >/dev/null; then
      return 0
    fi
    echo "apt busy or failed (attempt $attempt); retrying"
    sleep 10
  done
  return 1
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "── npm ci"
  npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
fi

step "lint (eslint)" npx eslint .
step "format (prettier)" npx prettier --check .
step "types (tsc)" npx tsc --noEmit -p tsconfig.json
step "import direction (dependency-cruiser)" npm run --silent deps
step "data validation" npm run --silent validate
vitest_step "unit tests" test-results/unit.json
step "production build" npx vite build --logLevel warn
step "test build (window.__atlas, dist-e2e/)" npx vite build --mode e2e --logLevel warn
if install_chromium; then
  vitest_step "end-to-end (Chromium)" test-results/e2e.json --config vitest.e2e.config.ts
else
  failed=$((failed + 1))
  failures+=("Chromium install")
fi

echo
[ ${#failures[@]} -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
