// Sign-in (an API key, kept in this tab's session storage) and the dashboard itself. A key the server
// refuses — revoked while the dashboard is open, say — brings the sign-in back with the reason.
import { useEffect, useMemo, useState } from "preact/hooks";
import { ApiError, connectApi, forgetKey, saveKey, savedKey, type LinkState } from "./api.js";
import type { DashboardViewerQuery } from "./generated/graphql.js";
import { ServerDayQuery, ViewerQuery } from "./operations.js";
import { AgentsPanel } from "./panels/agents.js";
import { HealthPanel } from "./panels/health.js";
import { MessagesPanel } from "./panels/messages.js";
import { SpendPanel } from "./panels/spend.js";
import { WorkPanel } from "./panels/work.js";
import { browserDay } from "./ui.js";

type Viewer = DashboardViewerQuery["viewer"];

function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setChecking(true);
    setProblem(null);
    const api = connectApi({ key, onRefused: () => {}, onLinkState: () => {} });
    try {
      const { viewer } = await api.query(ViewerQuery, {});
      if (viewer.kind === "ANONYMOUS") setProblem("Type an API key.");
      else onSignedIn(key.trim());
    } catch (error) {
      setProblem(error instanceof ApiError && error.code === "AUTH_FAILED" ? "The server does not accept this key." : `Could not sign in: ${(error as Error).message}`);
    } finally {
      api.dispose();
      setChecking(false);
    }
  }

  return (
    <main class="sign-in">
      <h1>Operations dashboard</h1>
      <form onSubmit={(e) => submit(e).catch((error: unknown) => setProblem(String(error)))} aria-describedby="sign-in-help">
        {notice && <p class="problem" role="alert">{notice}</p>}
        <label class="field">
          <span>API key</span>
          <input type="password" name="apiKey" autoComplete="off" spellcheck={false} required value={key} onInput={(e) => setKey((e.target as HTMLInputElement).value)} />
        </label>
        <p id="sign-in-help" class="muted">
          The key stays in this tab (session storage) and goes only to this server, as the Authorization header and over the live socket.
        </p>
        {problem && <p class="problem" role="alert">{problem}</p>}
        <button type="submit" disabled={checking || !key.trim()}>{checking ? "Checking…" : "Sign in"}</button>
      </form>
    </main>
  );
}

const LINK_TEXT: Record<LinkState, string> = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" };

function Dashboard({ apiKey, onSignOut }: { apiKey: string; onSignOut: (notice: string | null) => void }) {
  const [link, setLink] = useState<LinkState>("connecting");
  const api = useMemo(() => connectApi({ key: apiKey, onRefused: (reason) => onSignOut(`Signed out: ${reason}`), onLinkState: setLink }), [apiKey]);
  useEffect(() => () => api.dispose(), [api]);
  const [viewer, setViewer] = useState<Viewer>();
  useEffect(() => void api.query(ViewerQuery, {}).then(({ viewer }) => setViewer(viewer), () => {}), [api]);
  const canOperate = viewer?.scopes.includes("AGENTS_WRITE") ?? false;
  const [day, setDay] = useState<string>();
  useEffect(() => void api.query(ServerDayQuery, {}).then(({ budgetStatus }) => setDay(budgetStatus.day), () => setDay(browserDay())), [api]);

  return (
    <>
      <header class="top">
        <h1>Operations dashboard</h1>
        <div class="who">
          <span class={`link link-${link}`} role="status">{LINK_TEXT[link]}</span>
          {viewer && <span>Signed in as <strong>{viewer.name}</strong></span>}
          <button type="button" onClick={() => onSignOut(null)}>Sign out</button>
        </div>
      </header>
      {day && (
        <main class="grid">
          <AgentsPanel api={api} canOperate={canOperate} day={day} />
          <SpendPanel api={api} day={day} />
          <WorkPanel api={api} />
          <MessagesPanel api={api} />
          <HealthPanel api={api} />
        </main>
      )}
    </>
  );
}

export function App() {
  const [key, setKey] = useState(savedKey);
  const [notice, setNotice] = useState<string | null>(null);
  if (!key) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(typed) => {
          saveKey(typed);
          setNotice(null);
          setKey(typed);
        }}
      />
    );
  }
  return (
    <Dashboard
      key={key}
      apiKey={key}
      onSignOut={(reason) => {
        forgetKey();
        setNotice(reason);
        setKey(null);
      }}
    />
  );
}
