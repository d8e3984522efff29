// Authentication (seed 001 ApiKey/Bearer headers, seed 002 JWT + refresh rotation, seed 003
// scoped revocable keys).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digest } from "../src/domain/auth/secrets.js";
import { errorCodes, gql, gqlOk } from "./support/client.js";
import { hours, minutes } from "./support/clock.js";
import { CreateApiKey, CreateUser, ListAgents, ListApiKeys, Login, RefreshToken, RevokeApiKey, Viewer } from "./support/documents.js";
import { startServer, type TestServer } from "./support/server.js";
import type { CreateApiKeyInput } from "../src/generated/graphql/graphql.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

async function newKey(input: Partial<CreateApiKeyInput> = {}) {
  const data = await gqlOk(server, CreateApiKey, { input: { name: "k", roles: ["AGENT_MANAGER"], ...input } });
  return data.createApiKey;
}

describe("API keys", () => {
  it("shows the secret once, stores only its hash, and lists keys without it", async () => {
    const created = await newKey({ name: "ci-pipeline" });
    expect(created.secret).toMatch(/^cpk_/);
    expect(created.apiKey).toMatchObject({ name: "ci-pipeline", roles: ["AGENT_MANAGER"], status: "ACTIVE", prefix: created.secret.slice(0, 12) });
    const row = await server.app.db.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(row.secretHash).toBe(digest(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const listed = await gqlOk(server, ListApiKeys, { first: 100 });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(listed.apiKeys.edges.map((e) => e.node.id)).toContain(created.apiKey.id);
  });

  it("authenticates with both `ApiKey <key>` and `Bearer <key>`", async () => {
    const { secret, apiKey } = await newKey();
    for (const auth of [`ApiKey ${secret}`, `Bearer ${secret}`, `apikey ${secret}`]) {
      const viewer = await gqlOk(server, Viewer, {}, { auth });
      expect(viewer.viewer).toMatchObject({ id: apiKey.id, kind: "API_KEY", roles: ["AGENT_MANAGER"] });
    }
  });

  it("narrows a key to the scopes it was given", async () => {
    const { secret } = await newKey({ roles: ["AGENT_MANAGER"], scopes: ["AGENTS_READ"] });
    const viewer = await gqlOk(server, Viewer, {}, { auth: `ApiKey ${secret}` });
    expect(viewer.viewer.scopes).toEqual(["AGENTS_READ"]);
  });

  it("fails with AUTH_FAILED (HTTP 401) for an unknown key, a malformed header, and a revoked key at once", async () => {
    for (const auth of ["ApiKey not-a-key", "Basic dXNlcjpwYXNz", "ApiKey"]) {
      const result = await gql(server, ListAgents, { first: 1 }, { auth });
      expect(result.status, auth).toBe(401);
      expect(errorCodes(result)).toEqual(["AUTH_FAILED"]);
    }
    const { secret, apiKey } = await newKey();
    expect((await gql(server, ListAgents, { first: 1 }, { auth: `ApiKey ${secret}` })).status).toBe(200);
    const revoked = await gqlOk(server, RevokeApiKey, { id: apiKey.id });
    expect(revoked.revokeApiKey.apiKey.status).toBe("REVOKED");
    const after = await gql(server, ListAgents, { first: 1 }, { auth: `ApiKey ${secret}` });
    expect(after.status).toBe(401);
    expect(errorCodes(after)).toEqual(["AUTH_FAILED"]);
  });

  it("stops accepting a key once its expiry passes", async () => {
    const { secret } = await newKey({ expiresAt: new Date(server.clock.now().getTime() + hours(1)).toISOString() });
    expect((await gql(server, Viewer, {}, { auth: `ApiKey ${secret}` })).status).toBe(200);
    server.clock.advance(hours(1) + 1);
    expect(errorCodes(await gql(server, Viewer, {}, { auth: `ApiKey ${secret}` }))).toEqual(["AUTH_FAILED"]);
  });

  it("refuses a key that would expire in the past, or without roles", async () => {
    const past = await gql(server, CreateApiKey, {
      input: { name: "old", roles: ["ADMIN"], expiresAt: new Date(server.clock.now().getTime() - 1000).toISOString() },
    });
    expect(errorCodes(past)).toEqual(["VALIDATION_ERROR"]);
    expect(errorCodes(await gql(server, CreateApiKey, { input: { name: "none", roles: [] } }))).toEqual(["VALIDATION_ERROR"]);
  });

  it("answers api_key_not_found when revoking an unknown key", async () => {
    expect(errorCodes(await gql(server, RevokeApiKey, { id: "key_unknown" }))).toEqual(["api_key_not_found"]);
  });
});

describe("users, JWT access tokens and refresh rotation", () => {
  const password = "correct horse battery staple";
  let email: string;
  beforeAll(async () => {
    email = `ops-${Date.now()}@example.com`;
    await gqlOk(server, CreateUser, { input: { email, name: "Ops", password, roles: ["SYSTEM_MONITOR"] } });
  });

  it("logs in with a one-hour access token that carries the user's roles", async () => {
    const login = (await gqlOk(server, Login, { email, password }, { auth: null })).login;
    expect(login.tokenType).toBe("Bearer");
    const lifetime = new Date(login.accessTokenExpiresAt).getTime() - server.clock.now().getTime();
    expect(lifetime).toBeGreaterThan(hours(1) - 1000); // JWT times have whole seconds
    expect(lifetime).toBeLessThanOrEqual(hours(1));
    const viewer = await gqlOk(server, Viewer, {}, { auth: `Bearer ${login.accessToken}` });
    expect(viewer.viewer).toMatchObject({ kind: "USER", id: login.user.id, roles: ["SYSTEM_MONITOR"] });
    expect(viewer.viewer.scopes).toEqual(["AGENTS_READ", "SESSIONS_READ", "BILLING_READ", "SYSTEM_READ"]);
  });

  it("refuses an access token after its hour, and a tampered one", async () => {
    const login = (await gqlOk(server, Login, { email, password }, { auth: null })).login;
    const [header, payload, signature] = login.accessToken.split(".");
    const tampered = `${header}.${payload}.${signature!.slice(0, -4)}AAAA`;
    expect(errorCodes(await gql(server, Viewer, {}, { auth: `Bearer ${tampered}` }))).toEqual(["AUTH_FAILED"]);
    server.clock.advance(hours(1) + minutes(1));
    expect(errorCodes(await gql(server, Viewer, {}, { auth: `Bearer ${login.accessToken}` }))).toEqual(["AUTH_FAILED"]);
  });

  it("refuses a wrong password and an unknown email alike with invalid_credentials", async () => {
    expect(errorCodes(await gql(server, Login, { email, password: "wrong password!!" }, { auth: null }))).toEqual(["invalid_credentials"]);
    expect(errorCodes(await gql(server, Login, { email: "nobody@example.com", password }, { auth: null }))).toEqual(["invalid_credentials"]);
  });

  it("rotates refresh tokens: each works once, and a reused one revokes the whole family", async () => {
    const login = (await gqlOk(server, Login, { email, password }, { auth: null })).login;
    const first = (await gqlOk(server, RefreshToken, { refreshToken: login.refreshToken }, { auth: null })).refreshToken;
    expect(first.refreshToken).not.toBe(login.refreshToken);
    const second = (await gqlOk(server, RefreshToken, { refreshToken: first.refreshToken }, { auth: null })).refreshToken;

    // The first token is presented again: someone copied it. Everything of this login dies.
    const reuse = await gql(server, RefreshToken, { refreshToken: login.refreshToken }, { auth: null });
    expect(errorCodes(reuse)).toEqual(["invalid_refresh_token"]);
    const descendant = await gql(server, RefreshToken, { refreshToken: second.refreshToken }, { auth: null });
    expect(errorCodes(descendant)).toEqual(["invalid_refresh_token"]);

    // Another login is a different family and still works.
    const other = (await gqlOk(server, Login, { email, password }, { auth: null })).login;
    expect((await gql(server, RefreshToken, { refreshToken: other.refreshToken }, { auth: null })).errors).toBeUndefined();
  });

  it("refuses a duplicate email and a short password", async () => {
    expect(errorCodes(await gql(server, CreateUser, { input: { email, name: "Dup", password, roles: ["ADMIN"] } }))).toEqual(["email_taken"]);
    const short = await gql(server, CreateUser, { input: { email: "short@example.com", name: "S", password: "short", roles: ["ADMIN"] } });
    expect(errorCodes(short)).toEqual(["VALIDATION_ERROR"]);
  });
});
