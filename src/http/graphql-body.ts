// /graphql request bodies: refused above the size limit (413, checked before and while reading)
// and when not valid UTF-8 (400), before yoga parses them. Media types are yoga's (it answers 415
// to what GraphQL over HTTP does not allow, such as text/plain).
//
// This plugin also does yoga's own body-size check (createYoga runs with `maxRequestBodySize: false`):
// yoga would pipe every body through a counting TransformStream into yet another Request (a stream
// pipeline, an AbortSignal and a DOMException per request) although the body read here is already
// counted and in memory. Its Content-Length checks are kept as they were, and a body this plugin did
// not read (a path yoga also serves, such as `/graphql/`) is still counted while parsed, as yoga did.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { AppError } from "../errors.js";
import { DECIMAL_LENGTH, decodeUtf8, readBodyBytes } from "./request-body.js";

interface GraphQLBodyLimits {
  endpoint: string;
  maxBytes: number;
}

/** yoga's default maxRequestBodySize, for bodies this plugin did not read. */
const YOGA_MAX_BODY_BYTES = 25_000_000;

const tooLarge = () => new GraphQLError("Request body too large", { extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE" } });
const invalidLength = () => new GraphQLError("Content-Length header is invalid.", { extensions: { http: { status: 400 }, code: "BAD_REQUEST" } });

/** yoga's limitRequestBodySize: the body counted while the parser reads it. */
function countedWhileRead(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  if (!request.body) return request;
  const TransformStreamCtor = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const body = request.body.pipeThrough(
    new TransformStreamCtor({
      transform(chunk: Uint8Array, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) return controller.error(tooLarge());
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: "half" } as RequestInit);
}

export function useGraphQLBodyLimits({ endpoint, maxBytes }: GraphQLBodyLimits): Plugin {
  // Requests whose body was read (and counted) here.
  const read = new WeakSet<Request>();
  return {
    async onRequest({ request, url, setRequest, endResponse, fetchAPI }) {
      if (request.method !== "POST" || url.pathname !== endpoint) return;
      try {
        const bytes = await readBodyBytes(request, maxBytes);
        decodeUtf8(bytes);
        const replaced = new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: bytes });
        read.add(replaced);
        setRequest(replaced);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const body = { errors: [{ message: error.message, extensions: { code: error.code, details: error.details } }] };
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status: error.status, headers: { "content-type": "application/json; charset=utf-8" } }));
      }
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get("content-length");
      if (contentLength != null) {
        if (!DECIMAL_LENGTH.test(contentLength)) throw invalidLength();
        if (Number(contentLength) > YOGA_MAX_BODY_BYTES) throw tooLarge();
      }
      if (requestParser == null || request.body == null || read.has(request)) return;
      const parse = requestParser;
      setRequestParser((req) => parse(countedWhileRead(req, YOGA_MAX_BODY_BYTES, fetchAPI)));
    },
  };
}
