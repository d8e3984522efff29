// GET /openapi.json (the document generated from the route table) and GET /docs, Swagger UI served
// by this server alone: its script and styles come from swagger-ui-dist in node_modules under
// /docs/assets/, and the page starts it with a script of its own (no inline script), so a strict
// Content-Security-Policy holds and nothing is fetched from another host.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "graphql-yoga";

const ASSETS = "/docs/assets/";
/** Swagger UI sets style attributes and draws icons as data: images; everything else is this server's. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const FILES: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

const INIT = `window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout",
  });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>REST API — agent platform control plane</title>
    <link rel="icon" href="${ASSETS}favicon-32x32.png" />
    <link rel="stylesheet" href="${ASSETS}swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${ASSETS}swagger-ui-bundle.js"></script>
    <script src="${ASSETS}swagger-ui-standalone-preset.js"></script>
    <script src="${ASSETS}init.js"></script>
  </body>
</html>
`;

const distDir = () => path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

export function useApiDocs(document: () => unknown): Plugin {
  let body: string | undefined;
  const files = new Map<string, Uint8Array>();
  const respond = (content: BodyInit, type: string, extra: Record<string, string> = {}) =>
    new Response(content, { headers: { "content-type": type, "content-security-policy": CSP, ...extra } });

  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (url.pathname === "/openapi.json") {
        body ??= JSON.stringify(document());
        return endResponse(respond(body, "application/json; charset=utf-8", { "access-control-allow-origin": "*" }));
      }
      if (url.pathname === "/docs" || url.pathname === "/docs/") return endResponse(respond(PAGE, "text/html; charset=utf-8"));
      if (!url.pathname.startsWith(ASSETS)) return;
      const name = url.pathname.slice(ASSETS.length);
      if (name === "init.js") return endResponse(respond(INIT, "text/javascript; charset=utf-8"));
      const type = FILES[name];
      if (!type) return endResponse(new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
      if (!files.has(name)) files.set(name, new Uint8Array(fs.readFileSync(path.join(distDir(), name))));
      return endResponse(respond(files.get(name)! as BodyInit, type, { "cache-control": "public, max-age=3600" }));
    },
  };
}
