// Bundles every page script src/<page>/main.js into ../wwwroot/dist/<page>.js (+ <page>.css when it imports CSS).
// Run by the Ams.Web build (see Ams.Web.csproj); `node build.mjs --watch` rebuilds on change while developing.
import { build, context } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../wwwroot/dist');
const pages = readdirSync(path.join(here, 'src'), { withFileTypes: true })
  .filter(entry => entry.isDirectory() && existsSync(path.join(here, 'src', entry.name, 'main.js')))
  .map(entry => entry.name);

const options = {
  entryPoints: Object.fromEntries(pages.map(page => [page, path.join(here, 'src', page, 'main.js')])),
  outdir,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  minify: true,
  sourcemap: 'linked',
  target: ['es2022'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning'
};

if (process.argv.includes('--watch')) {
  const watcher = await context(options);
  await watcher.watch();
  console.log(`watching ${pages.join(', ')}`);
} else {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build(options);
  console.log(`bundled ${pages.join(', ')} into ${path.relative(process.cwd(), outdir)}`);
}
