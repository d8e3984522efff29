// What the server tells a person at start-up. On a terminal: plain words with the addresses to open
// and the one-time admin key; otherwise the same addresses go into the JSON "listening" log line.
export interface Endpoints {
  graphiql: string;
  dashboard: string;
  rest: string;
  metrics: string;
  docs: string;
  health: string;
}

export function endpointsOf(url: string): Endpoints {
  return { graphiql: `${url}/graphql`, dashboard: `${url}/dashboard`, rest: `${url}/api/v1`, metrics: `${url}/metrics`, docs: `${url}/docs`, health: `${url}/health` };
}

export interface StartupFacts {
  url: string;
  version: string;
  /** The admin key created at this start (shown once), if one was. */
  createdAdminKey: string | null;
  /** ADMIN_API_KEY is set. */
  adminKeyFromEnv: boolean;
}

export function startupMessage({ url, version, createdAdminKey, adminKeyFromEnv }: StartupFacts): string {
  const at = endpointsOf(url);
  const lines = [
    "",
    `  Agent platform control plane ${version} is ready.`,
    "",
    `    GraphiQL        ${at.graphiql}   (open it in a browser)`,
    `    Dashboard       ${at.dashboard}   (live operations; sign in with an API key)`,
    `    REST API        ${at.rest}`,
    `    API docs        ${at.docs}`,
    `    Metrics         ${at.metrics}`,
    `    Health          ${at.health}`,
    "",
  ];
  if (createdAdminKey) {
    lines.push(
      "  No API key existed, so an admin key was created. It is shown this once; keep it:",
      "",
      `    ${createdAdminKey}`,
      "",
    );
  } else {
    lines.push(`  Your API key: ${adminKeyFromEnv ? "the ADMIN_API_KEY you set" : "the admin key printed at the first start (or one made with createApiKey)"}.`, "");
  }
  lines.push(
    '  Send it as the header `Authorization: ApiKey <key>` (in GraphiQL: the Headers pane). Try:',
    "",
    `    curl -H "Authorization: ApiKey <key>" ${at.rest}/agents`,
    "",
    "  Stop with Ctrl+C.",
    "",
  );
  return lines.join("\n") + "\n";
}
