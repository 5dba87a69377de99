# syntax=docker/dockerfile:1
# Gazette in a container. Every step below is one CI runs too (.ci/run: npm ci, npm run build, the
# tests of the compiled npm start), so what CI proves is what the image does:
#   docker compose up -d --build        (see compose.yaml and README: Running in a container)

# ---- build: install everything, compile to dist/, then keep only the production dependencies
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm ci --omit=dev --no-audit --no-fund

# ---- run: compiled code, production dependencies, the seed corpus, a non-root user
FROM node:20-slim
# tini as PID 1: forwards SIGTERM/SIGINT to node and reaps any zombie (node:20-slim has no init).
# /app/data (DATA_DIR: the feedback store) is the one directory the node user may write.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /app/data \
 && chown node:node /app/data
ENV NODE_ENV=production \
    CORPUS_DIR=/app/corpus \
    DATA_DIR=/app/data \
    HEALTH_PORT=8080 \
    HEALTH_HOST=0.0.0.0 \
    INTERACTIONS_HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/scripts/healthcheck.js ./scripts/healthcheck.js
# The seed corpus; compose.yaml mounts ./corpus over it so articles change without a rebuild.
COPY --from=build --chown=root:root /app/corpus ./corpus
# The code and the corpus belong to root and are read-only for the user that runs Gazette.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "scripts/healthcheck.js"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# node itself, not npm start: no rebuild at start, and the signals go straight to Gazette.
CMD ["node", "--enable-source-maps", "dist/src/index.js"]
