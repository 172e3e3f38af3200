# syntax=docker/dockerfile:1
# The booking app as a container: Next's standalone server, run by an unprivileged user.
# Build: docker build -t agendamento .    Several instances: compose.yaml (README, "Operations").

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies, from the lockfile only (cached until package-lock.json changes).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The production build, completed into a folder that runs on its own (scripts/standalone.mjs).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build && node scripts/standalone.mjs

# 3. The Tatodesk simulator on its own, for a demonstration without an account (compose.yaml): a
# slim stage with only what it runs (the simulator, the contract it serves, and five packages at
# the lockfile's versions), listening on every address of its container.
FROM ${NODE_IMAGE} AS simulator
WORKDIR /app
COPY package.json ./app.package.json
RUN node -e "const p = require('./app.package.json'); const all = { ...p.dependencies, ...p.devDependencies }; \
      const runs = ['tsx', 'zod', 'date-fns', '@date-fns/tz', 'pino']; \
      require('node:fs').writeFileSync('package.json', JSON.stringify({ name: 'tatodesk-simulator', private: true, \
        dependencies: Object.fromEntries(runs.map((name) => [name, all[name]])) }))" \
 && rm app.package.json && npm install --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY simulator ./simulator
COPY lib/tatodesk/contract ./lib/tatodesk/contract
ENV NODE_ENV=production TATODESK_SIMULATOR_PORT=4010 TATODESK_SIMULATOR_HOST=0.0.0.0
EXPOSE 4010
USER node
CMD ["node", "node_modules/tsx/dist/cli.mjs", "simulator/cli.ts"]

# 4. What runs: the standalone server and its static files, nothing else, as a non-root user.
FROM ${NODE_IMAGE} AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 KEEP_ALIVE_TIMEOUT=65000
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
# Liveness only: readiness (Redis, Tatodesk, the job queue) is /api/ready, for the load balancer.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
