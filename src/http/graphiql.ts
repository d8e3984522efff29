// GraphiQL served by this server alone: a small page whose script, styles, editor workers and icon
// come from @graphql-yoga/render-graphiql in node_modules (the same version as graphql-yoga), under
// /graphiql/<content hash>/, so nothing is fetched from another host and browsers cache the assets
// for good. The 9 MB bundle is read on the first request for GraphiQL, not at start-up.
//
// Subscriptions run over SSE: like every query, they then carry the Headers pane (graphql-ws would
// send only its connectionParams, so an Authorization header set there would never reach them).
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { GraphiQLOptions, Plugin } from "graphql-yoga";

const ASSET_ROOT = "/graphiql/";

/** Shown in the Headers pane of every tab; the page does not send it until it is replaced by a real key. */
const AUTHORIZATION_PLACEHOLDER = "ApiKey <key>";
const PLACEHOLDER_HEADERS = JSON.stringify({ Authorization: AUTHORIZATION_PLACEHOLDER }, null, 2);

const EXAMPLES = `# Welcome to the agent platform control plane.
#
# 1. In the Headers pane below, put your API key in place
#    of <key>: the admin key printed at the first start,
#    or your ADMIN_API_KEY. Subscriptions send it too.
# 2. Run an operation: put the cursor in it and press
#    Ctrl+Enter (or pick it from the ▶ button's menu).
#    Ids go in the Variables pane.
# 3. The AgentStatusChanged tab watches agents live: run it
#    there, then start or stop an agent here.

query ListAgents {
  agents(first: 10) {
    totalCount
    edges { node { id name type status } }
  }
}

mutation CreateAgent {
  createAgent(input: { name: "marketing-assistant", type: "cmo_anova" }) {
    agent { id name status }
  }
}

mutation StartAgent($agentId: ID!) {
  startAgent(input: { id: $agentId }) { agent { id status } }
}

subscription AgentStatusChanged {
  agentStatusChanged { agentId previousStatus status changedAt }
}

mutation CreateSession($agentId: ID!) {
  createSession(input: { agentId: $agentId }) { session { id status expiresAt } }
}

mutation SendSessionMessage($sessionId: ID!) {
  sendSessionMessage(input: { sessionId: $sessionId, content: "Hello! What can you do?" }) {
    response
    model
  }
}
`;

const WATCH_AGENTS = `# Runs until you stop it: start or stop an agent (in the
# first tab, or through REST) and each change appears here.
subscription AgentStatusChanged {
  agentStatusChanged { agentId previousStatus status changedAt agent { name } }
}
`;

const EXAMPLE_VARIABLES = JSON.stringify({ agentId: "agt_… (an id from ListAgents or CreateAgent)", sessionId: "ses_… (from CreateSession)" }, null, 2);

/** GraphiQL's options: the example tabs and where the key goes. */
export function graphiqlOptions(title: string): GraphiQLOptions {
  return {
    title,
    subscriptionsProtocol: "SSE",
    headers: PLACEHOLDER_HEADERS,
    defaultHeaders: PLACEHOLDER_HEADERS,
    defaultTabs: [
      { query: EXAMPLES, variables: EXAMPLE_VARIABLES, headers: PLACEHOLDER_HEADERS },
      { query: WATCH_AGENTS, variables: null, headers: PLACEHOLDER_HEADERS },
    ],
    // The headers pane (with the key) survives a reload; it is kept in this browser's storage for this origin only.
    shouldPersistHeaders: true,
  };
}

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  gzipped?: Uint8Array<ArrayBuffer>;
}

interface Assets {
  hash: string;
  files: Map<string, Asset>;
}

let loading: Promise<Assets> | undefined;

/** The bundle, read once; the hash of its contents names the asset folder. */
function assets(): Promise<Assets> {
  loading ??= import("@graphql-yoga/render-graphiql/graphiql").then((bundle) => {
    const text = (type: string, content: string): Asset => ({ type, body: new TextEncoder().encode(content) });
    const files = new Map<string, Asset>([
      ["graphiql.js", text("text/javascript; charset=utf-8", bundle.js)],
      ["graphiql.css", text("text/css; charset=utf-8", bundle.css)],
      ["editor.worker.js", text("text/javascript; charset=utf-8", bundle.editorWorkerService)],
      ["json.worker.js", text("text/javascript; charset=utf-8", bundle.jsonWorker)],
      ["graphql.worker.js", text("text/javascript; charset=utf-8", bundle.graphqlWorker)],
      ["favicon.ico", { type: "image/x-icon", body: new Uint8Array(Buffer.from(bundle.favicon.replace(/^data:[^,]*;base64,/, ""), "base64")) }],
    ]);
    const hash = createHash("sha256");
    for (const file of files.values()) hash.update(file.body);
    return { hash: hash.digest("hex").slice(0, 16), files };
  });
  return loading;
}

const escapeScript = (json: string) => json.replace(/</g, "\\u003c");

/** The page: links the local assets, points Monaco's workers at them, and renders GraphiQL. */
export async function renderLocalGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { hash } = await assets();
  const base = `${ASSET_ROOT}${hash}/`;
  const title = (options.title ?? "GraphiQL").replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${base}favicon.ico" />
    <link rel="stylesheet" href="${base}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: (moduleId, label) =>
          ({ editorWorkerService: "${base}editor.worker.js", json: "${base}json.worker.js", graphql: "${base}graphql.worker.js" })[label],
      };
      // The Headers pane starts with a placeholder for the key: until it is replaced, send no Authorization
      // (the schema still loads, and operations say that they need credentials).
      const placeholder = ${escapeScript(JSON.stringify(AUTHORIZATION_PLACEHOLDER))};
      const fetchWithHeaders = window.fetch.bind(window);
      window.fetch = (input, init = {}) => {
        const headers = new Headers(init.headers);
        if (headers.get("authorization") === placeholder) headers.delete("authorization");
        return fetchWithHeaders(input, { ...init, headers });
      };
    </script>
    <script src="${base}graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), ${escapeScript(JSON.stringify(options))});
    </script>
  </body>
</html>
`;
}

/** Serves /graphiql/<hash>/<file>; anything else under /graphiql/ is a 404. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(ASSET_ROOT) || (request.method !== "GET" && request.method !== "HEAD")) return;
      const { hash, files } = await assets();
      const [folder, name] = url.pathname.slice(ASSET_ROOT.length).split("/", 2);
      const file = folder === hash && name ? files.get(name) : undefined;
      if (!file) return endResponse(new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
      const gzip = /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "") && file.body.length > 1024;
      if (gzip) file.gzipped ??= new Uint8Array(gzipSync(file.body));
      const headers: Record<string, string> = {
        "content-type": file.type,
        // The folder name changes with the contents, so a browser never needs to ask again.
        "cache-control": "public, max-age=31536000, immutable",
        vary: "accept-encoding",
      };
      if (gzip) headers["content-encoding"] = "gzip";
      return endResponse(new Response(request.method === "HEAD" ? null : (gzip ? file.gzipped! : file.body), { headers }));
    },
  };
}
