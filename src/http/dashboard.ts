// The operations dashboard at /dashboard: a page and its bundle (built from dashboard/ by
// scripts/build-dashboard.ts, which `npm install` runs), served by this server alone under
// /dashboard/<content hash>/ with a one-year cache, so it works offline and no request leaves the machine.
// The page holds no data and no key: the bundle signs in and talks to the public API like any client.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Plugin } from "graphql-yoga";

const PAGE = "/dashboard";
const ASSET_ROOT = "/dashboard/";
/** Where scripts/build-dashboard.ts writes the bundle. */
const DASHBOARD_BUILD_DIR = fileURLToPath(new URL("../../dist/dashboard/", import.meta.url));
const FILES = { "dashboard.js": "text/javascript; charset=utf-8", "dashboard.css": "text/css; charset=utf-8" } as const;

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
}

interface Assets {
  hash: string;
  files: Map<string, Asset>;
}

/** The built files, read on the first request (null when the bundle was never built). */
function readAssets(): Assets | null {
  const files = new Map<string, Asset>();
  const hash = createHash("sha256");
  for (const [name, type] of Object.entries(FILES)) {
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(fs.readFileSync(`${DASHBOARD_BUILD_DIR}${name}`));
    } catch {
      return null;
    }
    hash.update(body);
    files.set(name, { type, body, gzipped: new Uint8Array(gzipSync(body)) });
  }
  return { hash: hash.digest("hex").slice(0, 16), files };
}

function page({ hash }: Assets): string {
  const base = `${ASSET_ROOT}${hash}/`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <title>Operations dashboard · Agent platform control plane</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${base}dashboard.css" />
  </head>
  <body>
    <noscript>The dashboard needs JavaScript.</noscript>
    <div id="app"></div>
    <script type="module" src="${base}dashboard.js"></script>
  </body>
</html>
`;
}

const NOT_BUILT = "The dashboard is not built: run `npm run dashboard:build` (npm install does it).\n";

/** Serves GET /dashboard (the page) and /dashboard/<hash>/<file>; anything else under /dashboard/ is a 404. */
export function useDashboard(): Plugin {
  let assets: Assets | null = null;
  return {
    onRequest({ request, url, endResponse }) {
      const { pathname } = url;
      if ((pathname !== PAGE && !pathname.startsWith(ASSET_ROOT)) || (request.method !== "GET" && request.method !== "HEAD")) return;
      assets ??= readAssets();
      if (!assets) return endResponse(new Response(NOT_BUILT, { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } }));
      if (pathname === PAGE || pathname === ASSET_ROOT) {
        const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" };
        return endResponse(new Response(request.method === "HEAD" ? null : page(assets), { headers }));
      }
      const [folder, name, ...rest] = pathname.slice(ASSET_ROOT.length).split("/");
      const file = folder === assets.hash && name && !rest.length ? assets.files.get(name) : undefined;
      if (!file) return endResponse(new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
      const gzip = /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
      const headers: Record<string, string> = {
        "content-type": file.type,
        // The folder name changes with the contents, so a browser never needs to ask again.
        "cache-control": "public, max-age=31536000, immutable",
        vary: "accept-encoding",
      };
      if (gzip) headers["content-encoding"] = "gzip";
      return endResponse(new Response(request.method === "HEAD" ? null : gzip ? file.gzipped : file.body, { headers }));
    },
  };
}
