// The acting principal.
import type { Principal } from "../../domain/auth/principal.js";
import { builder } from "../builder.js";
import { Role, Scope, Tier } from "./access.js";

const PrincipalKind = builder.enumType("PrincipalKind", {
  values: { API_KEY: { value: "api_key" }, USER: { value: "user" }, SYSTEM: { value: "system" }, ANONYMOUS: { value: "anonymous" } } as const,
});

const Viewer = builder.objectRef<Principal>("Viewer").implement({
  description: "Who the request acts as, with its roles and the scopes in effect.",
  fields: (t) => ({
    id: t.id({ nullable: true, description: "The API key or user id; null when anonymous.", resolve: (p) => p.id }),
    kind: t.field({ type: PrincipalKind, resolve: (p) => p.kind }),
    name: t.exposeString("name"),
    roles: t.field({ type: [Role], resolve: (p) => [...p.roles] }),
    scopes: t.field({ type: [Scope], resolve: (p) => [...p.scopes] }),
    tier: t.field({ type: Tier, resolve: (p) => p.tier }),
  }),
});

builder.queryField("viewer", (t) => t.field({ type: Viewer, resolve: (_root, _args, ctx) => ctx.principal }));
