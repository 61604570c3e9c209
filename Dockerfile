# syntax=docker/dockerfile:1
# The app image: Next.js standalone output, plus the migrate and seed steps bundled into plain
# JavaScript (docker/bundle-steps.mjs) and run by docker/entrypoint.sh before the server starts.
# The runtime stage holds no dev dependencies, no sources and no npm cache, and runs as `node`.
# Node.js: the current LTS line (Node 20 reached end of life in April 2026).
ARG NODE_IMAGE=node:24-trixie-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency may run an install script (one would download a Prisma engine);
# the lockfile lists every platform's optional binaries, so `npm ci` installs this one's.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY . .
ENV PRISMA_SCHEMA_ENGINE_BINARY=/app/package.json NEXT_TELEMETRY_DISABLED=1
# Placeholders: importing server modules at build time validates config; nothing connects.
RUN npx --no-install prisma generate && \
    DATABASE_URL=postgresql://build@127.0.0.1/build \
    AUTH_SECRET=build-time-placeholder-never-used-at-runtime \
    npx --no-install next build && \
    node docker/bundle-steps.mjs .next/standalone/docker

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
WORKDIR /app
# The standalone output carries only the node_modules files the server traces (argon2 included,
# which the bundled seed loads too); root owns the code, so the server cannot rewrite it.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/prisma/migrations ./prisma/migrations
# .data keeps the admin's first credentials, uploads and replays. Compose mounts a named volume here;
# Docker fills a new volume from this folder, so it starts out owned by the unprivileged user.
RUN mkdir -p .data && chown node:node .data
# FFmpeg mixes each room's speaker tracks into its replay (docs/replays.md): Debian's package.
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && \
    rm -rf /var/lib/apt/lists/*
USER node
EXPOSE 3000
# The entrypoint ends in `exec "$@"`: the server replaces the shell and gets SIGTERM directly
# (compose also sets `init: true`, so a signal during migrate or seed is forwarded too).
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["node", "server.js"]
