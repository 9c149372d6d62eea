#!/usr/bin/env node
// Runs QA's Playwright suite against the built binary: starts bin/carnet on a
// free loopback port with a fresh data directory (SQLite, defaults), waits
// until /readyz answers, runs `playwright test`, and stops the server.
// Set CARNET_E2E_URL to run the suite against a server you started yourself.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync, createWriteStream, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitReady(url, child, deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`carnet exited with code ${child.exitCode}; see e2e/results/server.log`);
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`carnet did not become ready at ${url} within ${deadlineMs} ms`);
}

function runPlaywright(env) {
  return new Promise((ok) => {
    const pw = spawn(join(root, 'node_modules/.bin/playwright'), ['test', '-c', join(root, 'e2e/playwright.config.ts'), ...args], {
      stdio: 'inherit',
      env,
    });
    pw.on('exit', (code, signal) => ok(code ?? (signal ? 1 : 0)));
  });
}

let child;
let dataDir;
let serverLog;
let stopping = false;
let code;
try {
  let url = process.env.CARNET_E2E_URL;
  if (!url) {
    const bin = join(root, 'bin/carnet');
    if (!existsSync(bin)) throw new Error('bin/carnet is missing: run `make build` (or `make e2e`)');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'carnet-e2e-'));
    // Playwright empties e2e/results when it starts: the log is written in the
    // data dir and copied to e2e/results/server.log when the run ends.
    serverLog = join(dataDir, 'server.log');
    const log = createWriteStream(serverLog);
    child = spawn(bin, ['serve'], {
      env: {
        PATH: process.env.PATH,
        CARNET_ENV: 'development',
        CARNET_ADDR: `127.0.0.1:${port}`,
        CARNET_DATA_DIR: dataDir,
        CARNET_LOG_LEVEL: 'info',
        // The suite creates many accounts from one address.
        CARNET_RATE_LIMIT_AUTH: process.env.CARNET_RATE_LIMIT_AUTH ?? '1000/min',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('exit', (exitCode, signal) => {
      if (!stopping) console.error(`e2e: carnet stopped during the run (exit code ${exitCode}, signal ${signal}); see e2e/results/server.log`);
    });
    await waitReady(url, child, 30_000);
    console.log(`e2e: carnet ready at ${url} (data in ${dataDir})`);
  }
  code = await runPlaywright({ ...process.env, CARNET_E2E_URL: url });
} catch (err) {
  console.error(`e2e: ${err.message}`);
  code = 1;
} finally {
  stopping = true;
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => {
        child.kill('SIGKILL');
        r();
      }, 10_000);
      child.on('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  }
  if (serverLog && existsSync(serverLog)) {
    mkdirSync(join(root, 'e2e/results'), { recursive: true });
    copyFileSync(serverLog, join(root, 'e2e/results/server.log'));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
