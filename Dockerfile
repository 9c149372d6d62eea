# syntax=docker/dockerfile:1
# Carnet: one static binary with the SPA embedded.

# 1. The SPA (Vite + React + TypeScript), precompressed.
FROM node:20-bookworm-slim AS web
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY frontend ./frontend
COPY backend/internal/api/openapi.yaml ./backend/internal/api/openapi.yaml
RUN npm run build

# 2. The binary (no cgo: SQLite is modernc.org/sqlite).
FROM golang:1.26-bookworm AS go
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY backend ./backend
COPY migrations ./migrations
COPY frontend/embed.go ./frontend/embed.go
COPY --from=web /src/frontend/dist ./frontend/dist
ARG VERSION=0.1.0
ARG COMMIT=unknown
RUN CGO_ENABLED=0 go build -trimpath \
    -ldflags "-s -w -X github.com/carnet/carnet/backend/internal/version.Version=${VERSION} -X github.com/carnet/carnet/backend/internal/version.Commit=${COMMIT}" \
    -o /out/carnet ./backend/cmd/carnet

# 3. A small non-root image.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=go /out/carnet /usr/local/bin/carnet
ENV CARNET_ENV=production \
    CARNET_ADDR=0.0.0.0:8080 \
    CARNET_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/carnet", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/carnet"]
CMD ["serve"]
