// X-Request-Id on every response: a valid incoming id is echoed, otherwise one is made. The id is
// put on the server context, so the GraphQL context, REST routes and logs all carry the same one.
// A W3C `traceparent` header gives the request's trace id (error envelopes carry it as `traceId`).
import type { Plugin } from "graphql-yoga";
import { randomHex } from "../random.js";

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestIdContext {
  requestId?: string;
  /** The trace id of a valid incoming `traceparent`, else the request id. */
  traceId?: string;
}

/** W3C Trace Context: version-traceid-parentid-flags; all-zero ids and version ff are invalid. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(?:-.*)?$/;

function traceIdOf(traceparent: string | null): string | undefined {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim()) : null;
  if (!match || match[1] === "ff" || /^0+$/.test(match[2]!) || /^0+$/.test(match[3]!)) return undefined;
  if (match[1] === "00" && traceparent!.trim().length !== 55) return undefined; // version 00 has exactly four fields
  return match[2];
}

export function newRequestId(): string {
  return `req_${randomHex(12)}`;
}

export function useRequestId(): Plugin<RequestIdContext> {
  return {
    onRequest({ request, serverContext }) {
      const incoming = request.headers.get("x-request-id");
      const context = serverContext as RequestIdContext;
      context.requestId = incoming && VALID.test(incoming) ? incoming : newRequestId();
      context.traceId = traceIdOf(request.headers.get("traceparent")) ?? context.requestId;
    },
    onResponse({ response, serverContext }) {
      const id = (serverContext as RequestIdContext).requestId;
      if (id) response.headers.set("X-Request-Id", id);
    },
  };
}
