# syntax=docker/dockerfile:1
# API Triage as a small container: the Next.js standalone server on Node 20, running as a non-root user.
#   docker build -t api-triage .
#   docker run --rm -p 3000:3000 api-triage
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies, from the lockfile only, so this layer is reused until package-lock.json changes.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Content build (contentlayer + validation) and the Next.js build with output: 'standalone'.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Runtime: only the traced server files, the static assets and public/ — no npm, no sources.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Files stay owned by root (the server cannot rewrite itself); only Next's cache dir is writable.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# Node 20 has fetch built in, so the check needs no curl or wget in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
