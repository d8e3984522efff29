// Builds the operations dashboard (dashboard/) into dist/dashboard/: one minified ES module and one
// stylesheet, which src/http/dashboard.ts serves. `npm install` runs it (postinstall); run it again
// after changing dashboard/ (`npm run dashboard:build`). Prints the sizes, gzipped as served.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT_DIR = `${ROOT}dist/dashboard/`;

/** @public Builds the bundle; the browser test calls it too, so it always tests the current sources. */
export async function buildDashboard(): Promise<Record<string, { bytes: number; gzipBytes: number }>> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const { outputFiles } = await build({
    entryPoints: { dashboard: `${ROOT}dashboard/main.tsx` },
    outdir: OUT_DIR,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
  });
  const sizes: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const file of outputFiles) {
    // Written aside, then renamed: a server reading the bundle (another test run, say) never sees half a file.
    const aside = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(aside, file.contents);
    fs.renameSync(aside, file.path);
    sizes[path.basename(file.path)] = { bytes: file.contents.length, gzipBytes: gzipSync(file.contents).length };
  }
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const sizes = await buildDashboard();
  for (const [name, { bytes, gzipBytes }] of Object.entries(sizes)) console.log(`dist/dashboard/${name}  ${bytes} bytes, ${gzipBytes} gzipped`);
}
