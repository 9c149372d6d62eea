// Runs after `vite build`: writes .br and .gz next to every file under
// frontend/dist/assets (only when the compressed file is smaller), measures the
// JavaScript the first page load ships, and recreates frontend/dist/.gitkeep.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const assets = join(dist, 'assets');
const BUDGET_KB = 200;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const kb = (n) => (n / 1024).toFixed(1);

const sizes = new Map(); // "assets/x.js" -> { raw, gz, br }
for (const file of await walk(assets)) {
  if (file.endsWith('.br') || file.endsWith('.gz')) continue;
  const data = await readFile(file);
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  if (gz.length < data.length) await writeFile(`${file}.gz`, gz);
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  sizes.set(relative(dist, file).split('\\').join('/'), { raw: data.length, gz: gz.length, br: br.length });
}

// First-load budget: the entry chunk and its static imports, plus the lazy
// chunk (and its static imports) of the routes a visitor lands on first.
const manifestPath = join(dist, '.vite', 'manifest.json');
let report = null;
try {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const closure = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    if (chunk.file.endsWith('.js')) seen.add(chunk.file);
    for (const imp of chunk.imports ?? []) closure(imp, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const routeKey = (name) => Object.keys(manifest).find((k) => k.endsWith(`pages/${name}.tsx`));
  const sum = (files) => [...files].reduce((acc, f) => acc + (sizes.get(f)?.gz ?? 0), 0);
  report = {};
  for (const page of ['LoginPage', 'GaragePage']) {
    const files = closure(entryKey);
    const key = routeKey(page);
    if (key) closure(key, files);
    report[page] = { files: [...files], gz: sum(files) };
  }
  await rm(join(dist, '.vite'), { recursive: true, force: true });
} catch (err) {
  console.warn(`precompress: no manifest (${err.message}); budget not measured`);
}

await writeFile(join(dist, '.gitkeep'), '');

const rows = [...sizes.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log('\nfrontend/dist/assets            raw KB    gzip KB  brotli KB');
for (const [name, s] of rows) {
  console.log(`${name.padEnd(32)}${kb(s.raw).padStart(7)}${kb(s.gz).padStart(11)}${kb(s.br).padStart(11)}`);
}
const indexStat = await stat(join(dist, 'index.html'));
console.log(`index.html${' '.repeat(22)}${kb(indexStat.size).padStart(7)}`);

if (report) {
  let over = false;
  for (const [page, r] of Object.entries(report)) {
    const total = r.gz / 1024;
    console.log(`first load (${page}): ${total.toFixed(1)} KB gzipped JS in ${r.files.length} files (budget ${BUDGET_KB} KB)`);
    if (total > BUDGET_KB) over = true;
  }
  if (over) {
    console.error(`precompress: first-load JavaScript is over the ${BUDGET_KB} KB budget`);
    process.exit(1);
  }
}
