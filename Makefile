# Carnet: `make run` starts it, `make test` checks everything. See README.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO        ?= go
NPM       ?= npm
BIN       := bin/carnet
VERSION   ?= $(shell git describe --tags --exact-match 2>/dev/null || echo 0.1.0-dev)
COMMIT    ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
LDFLAGS   := -s -w -X github.com/carnet/carnet/backend/internal/version.Version=$(VERSION) \
             -X github.com/carnet/carnet/backend/internal/version.Commit=$(COMMIT)
GO_SRC    := $(shell find backend migrations frontend/embed.go -type f \( -name '*.go' -o -name '*.sql' -o -name '*.yaml' -o -name '*.html' -o -path 'backend/internal/api/docs/*' \) 2>/dev/null)
WEB_SRC   := $(shell find frontend/src frontend/public frontend/index.html frontend/vite.config.ts frontend/scripts -type f 2>/dev/null) \
             package.json package-lock.json tsconfig.json backend/internal/api/openapi.yaml
# Our Go packages (not ./...: node_modules may hold Go files of npm packages).
GO_PKGS   := ./backend/... ./migrations/... ./frontend/...
CHROMIUM  ?= /usr/bin/chromium
# Pinned Go tools, run from the module proxy (no global install).
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
export CHROMIUM_PATH := $(CHROMIUM)

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

node_modules/.installed: package.json package-lock.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

.PHONY: npm-deps
npm-deps: node_modules/.installed ## install npm packages (only when package-lock.json changed)

frontend/dist/index.html: node_modules/.installed $(wildcard $(WEB_SRC))
	$(NPM) run build

DOCS_VENDOR := backend/internal/api/docs/vendor

.PHONY: docs-vendor
docs-vendor: node_modules/.installed ## copy Swagger UI (swagger-ui-dist, version from package-lock.json) into /api/docs, gzipped
	rm -rf $(DOCS_VENDOR) && mkdir -p $(DOCS_VENDOR)
	gzip -9 -n -c node_modules/swagger-ui-dist/swagger-ui-bundle.js > $(DOCS_VENDOR)/swagger-ui-bundle.js.gz
	sed '/sourceMappingURL=/d' node_modules/swagger-ui-dist/swagger-ui.css | gzip -9 -n -c > $(DOCS_VENDOR)/swagger-ui.css.gz
	cp node_modules/swagger-ui-dist/LICENSE node_modules/swagger-ui-dist/NOTICE node_modules/swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt $(DOCS_VENDOR)/
	node -p "'swagger-ui-dist ' + require('./node_modules/swagger-ui-dist/package.json').version" > $(DOCS_VENDOR)/VERSION
	@du -ch $(DOCS_VENDOR)/* | tail -1

.PHONY: web
web: frontend/dist/index.html ## build the SPA into frontend/dist (precompressed)

$(BIN): frontend/dist/index.html $(GO_SRC) go.mod go.sum
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./backend/cmd/carnet

.PHONY: build
build: $(BIN) ## build the SPA, then bin/carnet with the SPA embedded

.PHONY: run
run: build ## build and start Carnet on http://127.0.0.1:8080 (SQLite in ./data)
	./$(BIN) serve

.PHONY: test
test: fmt-check vet staticcheck go-test web-check e2e ## every check: format, vet, staticcheck, Go tests (SQLite + PostgreSQL), frontend, Playwright
	@echo "make test: all checks passed"

.PHONY: fmt-check
fmt-check: ## fail when gofmt would change a file
	@out=$$(gofmt -l backend migrations frontend/embed.go); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

.PHONY: fmt
fmt: ## format the Go code
	gofmt -w backend migrations frontend/embed.go

.PHONY: vet
vet: frontend/dist/index.html ## go vet
	$(GO) vet $(GO_PKGS)

.PHONY: staticcheck
staticcheck: frontend/dist/index.html ## staticcheck (pinned version)
	$(GO) run $(STATICCHECK) $(GO_PKGS)

.PHONY: go-test
go-test: frontend/dist/index.html ## Go tests with -race on SQLite and PostgreSQL (TEST_DATABASE_URL)
	$(GO) test -race -count=1 $(GO_PKGS)

.PHONY: web-check
web-check: node_modules/.installed ## frontend type check, lint and unit tests
	$(NPM) run typecheck
	$(NPM) run lint
	$(NPM) run test:web

.PHONY: chromium
chromium: ## install Debian's chromium when missing (no browser download)
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  echo "installing Debian's chromium"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@$(CHROMIUM) --version

.PHONY: e2e
e2e: build chromium node_modules/.installed ## the Playwright suite against bin/carnet (report in e2e/report)
	$(NPM) run e2e

.PHONY: bench
bench: ## Go benchmarks
	$(GO) test -run '^$$' -bench . -benchmem $(GO_PKGS)

.PHONY: clean
clean: ## remove build output (keeps ./data)
	rm -rf bin frontend/dist/assets frontend/dist/index.html e2e/report e2e/results
