#!/usr/bin/env bash
# Installs Hive Gateway, the other gateway of `npm run bench`, outside the repository: it installs
# only with an npm override (a newer @graphql-tools/delegate wants a batch-execute version the
# registry lacks), which the repository's own package.json does not carry. The benchmark runs it
# from there when present (BENCH_HIVE_DIR, default /tmp/hive) and skips it otherwise.
set -euo pipefail
dir="${BENCH_HIVE_DIR:-/tmp/hive}"
mkdir -p "$dir"
cat > "$dir/package.json" <<'JSON'
{
  "name": "pharmacy-bench-hive-gateway",
  "private": true,
  "type": "module",
  "dependencies": {
    "@graphql-hive/gateway": "2.15.1",
    "@graphql-hive/router-runtime": "1.4.23"
  },
  "overrides": { "@graphql-tools/delegate": "12.2.1" }
}
JSON
cd "$dir"
npm install --no-audit --no-fund
