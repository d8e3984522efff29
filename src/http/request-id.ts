// X-Request-Id on every response: a valid incoming id is echoed, otherwise one is made. The id is
// put on the server context, so the GraphQL context, REST routes and logs all carry the same one.
import { randomBytes } from "node:crypto";
import type { Plugin } from "graphql-yoga";

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestIdContext {
  requestId?: string;
}

export function newRequestId(): string {
  return `req_${randomBytes(12).toString("hex")}`;
}

export function useRequestId(): Plugin<RequestIdContext> {
  return {
    onRequest({ request, serverContext }) {
      const incoming = request.headers.get("x-request-id");
      (serverContext as RequestIdContext).requestId = incoming && VALID.test(incoming) ? incoming : newRequestId();
    },
    onResponse({ response, serverContext }) {
      const id = (serverContext as RequestIdContext).requestId;
      if (id) response.headers.set("X-Request-Id", id);
    },
  };
}
