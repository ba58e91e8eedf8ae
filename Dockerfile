# One image for every service of the supergraph; compose.yaml picks the process to run.
FROM node:20-bookworm-slim
WORKDIR /app
ENV APOLLO_TELEMETRY_DISABLED=true
COPY package.json package-lock.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm ci --omit=dev --no-audit --no-fund
COPY drizzle ./drizzle
COPY schema ./schema
RUN mkdir -p .data && chown node:node .data
USER node
