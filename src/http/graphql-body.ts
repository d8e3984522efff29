// /graphql request bodies: refused above the size limit (413, checked before and while reading)
// and when not valid UTF-8 (400), before yoga parses them. Media types are yoga's (it answers 415
// to what GraphQL over HTTP does not allow, such as text/plain).
import type { Plugin } from "graphql-yoga";
import { AppError } from "../errors.js";
import { decodeUtf8, readBodyBytes } from "./request-body.js";

interface GraphQLBodyLimits {
  endpoint: string;
  maxBytes: number;
}

export function useGraphQLBodyLimits({ endpoint, maxBytes }: GraphQLBodyLimits): Plugin {
  return {
    async onRequest({ request, url, setRequest, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.method !== "POST") return;
      try {
        const bytes = await readBodyBytes(request, maxBytes);
        decodeUtf8(bytes);
        setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: bytes }));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const body = { errors: [{ message: error.message, extensions: { code: error.code, details: error.details } }] };
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status: error.status, headers: { "content-type": "application/json; charset=utf-8" } }));
      }
    },
  };
}
