// Every answer a test server gives to a documented REST path is checked against the OpenAPI document
// (startServer's fetch calls this): the status must be documented for the operation, and the body
// must match its schema (an error status, the route's error shape). A mismatch fails the test that
// received it. Objects in the document are closed, so a field the schema does not list fails too.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { buildOpenApiDocument, type OpenApiDocument } from "../../src/rest/openapi.js";
import { restRoutes } from "../../src/rest/routes/index.js";
import { VERSION } from "../../src/version.js";

interface ResponseDoc {
  content?: Record<string, { schema?: unknown }>;
}
interface OperationDoc {
  responses?: Record<string, ResponseDoc>;
}

interface CompiledPath {
  template: string;
  pattern: RegExp;
  staticSegments: number;
  operations: Record<string, OperationDoc>;
}

let compiled: { document: OpenApiDocument; paths: CompiledPath[]; ajv: Ajv2020; validators: Map<string, ValidateFunction> } | undefined;

function setup() {
  if (compiled) return compiled;
  const document = buildOpenApiDocument(restRoutes, { version: VERSION });
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const paths = Object.entries(document.paths ?? {}).map(([template, item]) => {
    const segments = template.split("/").filter(Boolean);
    const source = segments.map((s) => (s.startsWith("{") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
    return {
      template,
      pattern: new RegExp(`^/${source}/?$`),
      staticSegments: segments.filter((s) => !s.startsWith("{")).length,
      operations: item as Record<string, OperationDoc>,
    };
  });
  paths.sort((a, b) => b.staticSegments - a.staticSegments);
  compiled = { document, paths, ajv, validators: new Map() };
  return compiled;
}

const stats = { validated: 0, operations: new Set<string>() };

/** How many answers were checked since the last call (one test file), and which operations they were. */
export function takeValidationStats(): { validated: number; operations: string[] } {
  const taken = { validated: stats.validated, operations: [...stats.operations] };
  stats.validated = 0;
  stats.operations.clear();
  return taken;
}

/** A mismatch as a readable message, or null when the answer fits (or the path is not documented). */
export function checkResponse(method: string, pathname: string, status: number, contentType: string | null, text: string): string | null {
  const { document, paths, ajv, validators } = setup();
  const path = paths.find((p) => p.pattern.test(pathname) && p.operations[method.toLowerCase()]);
  if (!path) return null; // not a documented operation (an unknown path's 404, /graphql, …)
  const operation = path.operations[method.toLowerCase()]!;
  const key = `${method.toUpperCase()} ${path.template}`;
  stats.validated++;
  stats.operations.add(key);
  const declared = operation.responses?.[String(status)];
  if (!declared && status < 400) return `${key} answered ${status}, which the document does not list`;
  const response = declared ?? operation.responses?.default;
  const schema = response?.content?.["application/json"]?.schema;
  if (!schema || method.toUpperCase() === "HEAD") return null;
  if (!contentType?.includes("json")) return `${key} answered ${status} with content-type ${contentType}, documented as JSON`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${key} answered ${status} with a body that is not JSON`;
  }
  const id = `${key} ${declared ? status : "default"}`;
  let validate = validators.get(id);
  if (!validate) {
    // The schema's $refs point into the document's components: compile it with them alongside.
    validate = ajv.compile({ ...(schema as object), components: document.components });
    validators.set(id, validate);
  }
  if (validate(body)) return null;
  const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(body)"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`);
  return `${key} answered ${status} with a body that does not match the OpenAPI document: ${problems.join("; ")}\nbody: ${text.slice(0, 500)}`;
}

/** Checks a response (a clone is read; the caller's copy is untouched); throws on a mismatch. */
export async function assertDocumented(method: string, url: string, response: Response): Promise<void> {
  const { pathname } = new URL(url);
  if (!pathname.startsWith("/api/") && !pathname.startsWith("/health") && pathname !== "/openapi.json") return;
  const text = method.toUpperCase() === "HEAD" ? "" : await response.clone().text();
  const problem = checkResponse(method, pathname, response.status, response.headers.get("content-type"), text);
  if (problem) throw new Error(problem);
}
