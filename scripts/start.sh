#!/usr/bin/env bash
# Builds the release app and the reference server, then starts the shop at
# http://127.0.0.1:8080 with a seeded SQLite database in ./data/storefront.db.
# Extra arguments go to the server (see `storefront-server --help`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$SF_ROOT"

ensure_build_tools
build_app
say "building the server: cargo build --profile server -p storefront-server"
cargo build --profile server -p storefront-server || die "server build failed"

# Demo mode keeps the simulated sellers, carriers and clock. Its operator API always needs
# `Authorization: Bearer <token>`: the token is STOREFRONT_OPERATOR_TOKEN when set (16+ characters),
# otherwise a new random one that the server writes to data/operator-token (mode 0600) at each
# start and whose path it prints.
say "starting the shop (demo mode: simulated sellers; operator API only with its token)"
exec "$SF_ROOT/target/server/storefront-server" \
  --bind "${STOREFRONT_BIND:-127.0.0.1:8080}" \
  --db "${STOREFRONT_DB:-$SF_ROOT/data/storefront.db}" \
  --dist "$SF_ROOT/dist" \
  --demo \
  "$@"
