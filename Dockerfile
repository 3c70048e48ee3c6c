# The HTTP interactions endpoint (`npm run serve`) by default; the gateway bot with
#   docker run … rivalen node tools/start.mjs discord/main   (and --no-healthcheck: it has no port)
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# Dependencies first, so a change to the code or the articles does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY src ./src
COPY commands ./commands
# The code runs as plain JavaScript, built here once (esbuild, a dependency, needs no dev tools): no compiling at start.
COPY tools/build.mjs tools/start.mjs ./tools/
RUN npm run build
# The shipped articles; mount your own folder over /app/data to serve others (it is watched live).
COPY data ./data
# Where servers keep the articles their moderators add (`/source add`): the one folder the bot writes. Mount a volume
# here (it starts owned by the bot's user) to keep them, and the same volume in every replica to share them.
RUN mkdir -p data/servers && chown node:node data/servers
# The image's own unprivileged user; nothing here needs root.
USER node
ENV PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM, SIGINT and SIGHUP itself (drain, then exit 0); `docker run --init`
# adds tini in front of it if you prefer a separate init.
CMD ["node", "tools/start.mjs", "discord/serve"]
