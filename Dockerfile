# The app image: Next.js standalone output plus the migrate and seed scripts, run at start.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV PRISMA_SCHEMA_ENGINE_BINARY=/app/package.json NEXT_TELEMETRY_DISABLED=1
# Placeholders: importing server modules at build time validates config; nothing connects.
RUN npx prisma generate && \
    DATABASE_URL=postgresql://build@127.0.0.1/build AUTH_SECRET=build-time-placeholder-never-used-at-runtime \
    npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/src ./src
COPY --from=build /app/tsconfig.json ./
EXPOSE 3000
CMD ["sh", "-c", "node_modules/.bin/tsx scripts/migrate.ts && node_modules/.bin/tsx --conditions=react-server scripts/seed.ts && node server.js"]
