#!/bin/sh
# The app image's entrypoint: apply migrations, seed the admin (first start only) and print a fresh
# invite link, then replace this shell with the server so it receives the container's stop signal.
set -eu
steps="$(dirname "$0")"
node "$steps/migrate.mjs"
node "$steps/seed.mjs"
exec "$@"
