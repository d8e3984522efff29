// GraphQL abuse limits (graphql-armor) for every operation that goes through yoga's envelope:
// /graphql over HTTP and SSE, graphql-ws (src/transport/ws.ts parses, validates and executes with
// yoga.getEnveloped) and REST routes (their operations run through /graphql). A refused document
// answers 400 with extensions.code QUERY_TOO_COMPLEX.
//
// Depth, aliases, tokens and directives are checked by armor when the document is parsed and
// validated. Cost is armor's cost rule too, but run when the operation executes, on the document
// with its page sizes filled in: `first`/`last` given as variables (as every REST route and most
// clients do) are replaced by their values, and a connection asked for without either counts its
// default page size — so a list of lists is priced as what it fetches.
import { EnvelopArmor } from "@escape.tech/graphql-armor";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type ValidationContext,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** Chosen so every operation of the test suite, the REST routes and GraphiQL's introspection passes (README "Input limits"). */
export const GRAPHQL_LIMITS = {
  /** Selection depth; the deepest legitimate operation is 8 (introspection is not counted). */
  maxDepth: 12,
  /** Aliases per operation; the most any route uses is 2. */
  maxAliases: 15,
  /** Lexical tokens per document; GraphiQL's introspection query is 184, the largest operation 113. */
  maxTokens: 1000,
  /** Directives per operation (none are used today). */
  maxDirectives: 10,
  /**
   * armor's cost (object 2, scalar 1, ×1.5 per level, × page size); the costliest legitimate one is the
   * benchmark's tree agents(20) → sessions(10) → messages(10), 2,000 messages, ~417,000.
   */
  maxCost: 500_000,
  /** Page size of a connection asked for without first/last (the connections' defaultSize). */
  defaultPageSize: 20,
} as const;

/**
 * Marks armor's refusal so clients (and REST routes) can tell it apart: QUERY_TOO_COMPLEX, HTTP 400
 * whatever the Accept header (`spec: false` keeps yoga from answering 200 to application/json, as it
 * does for ordinary parse and validation errors).
 */
function tooComplex(_context: ValidationContext | null, error: GraphQLError): void {
  Object.assign(error.extensions, { code: "QUERY_TOO_COMPLEX", http: { status: 400, spec: false } });
}

const PAGE_ARGUMENTS = new Set(["first", "last"]);

const intArgument = (name: string, value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.INT, value: String(value) },
});

/** The document as armor's cost rule should see it: page sizes written in, defaults made explicit. */
function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode): FieldNode | undefined {
        const definition = typeInfo.getFieldDef();
        if (!definition || !definition.args.some((a) => PAGE_ARGUMENTS.has(a.name))) return undefined;
        const args = (node.arguments ?? []).flatMap((arg) => {
          if (!PAGE_ARGUMENTS.has(arg.name.value)) return [arg];
          const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : null;
          return typeof value === "number" && Number.isFinite(value) ? [intArgument(arg.name.value, Math.max(0, Math.trunc(value)))] : [];
        });
        const isConnection = getNamedType(definition.type).name.endsWith("Connection");
        if (isConnection && !args.some((a) => PAGE_ARGUMENTS.has(a.name.value))) args.push(intArgument("first", GRAPHQL_LIMITS.defaultPageSize));
        return { ...node, arguments: args };
      },
    }),
  );
}

/** armor's cost rule over the document with its page sizes: the refusal, or null. */
function costRefusal(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  let refusal: GraphQLError | null = null;
  // Without propagation the rule only tells onReject (validate itself reports nothing).
  validate(schema, withPageSizes(schema, document, variables ?? {}), [
    costLimitRule({
      maxCost: GRAPHQL_LIMITS.maxCost,
      propagateOnRejection: false,
      onReject: [(context, error) => (tooComplex(context, error), (refusal = error))],
    }),
  ]);
  return refusal;
}

/** The variables a document passes to `first`/`last`: the only ones its cost depends on. */
function pageVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Page sizes per document whose cost passed, remembered (yoga's parser cache hands out the same document object). */
const PASSED_PER_DOCUMENT = 64;
const passed = new WeakMap<DocumentNode, { variables: string[]; sizes: Set<string> }>();

/** costRefusal, skipped for a document already priced under the limit with the same page sizes. */
function cachedCostRefusal(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  let known = passed.get(document);
  if (!known) passed.set(document, (known = { variables: pageVariablesOf(document), sizes: new Set() }));
  const sizes = JSON.stringify(known.variables.map((name) => variables?.[name] ?? null));
  if (known.sizes.has(sizes)) return null;
  const refusal = costRefusal(schema, document, variables);
  if (!refusal && known.sizes.size < PASSED_PER_DOCUMENT) known.sizes.add(sizes);
  return refusal;
}

function useCostWithPageSizes(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = cachedCostRefusal(args.schema, args.document, args.variableValues as Record<string, unknown> | undefined);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = cachedCostRefusal(args.schema, args.document, args.variableValues as Record<string, unknown> | undefined);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}

export function useGraphQLArmor(): Plugin[] {
  const refusal = { onReject: [tooComplex], propagateOnRejection: true, exposeLimits: true };
  const armor = new EnvelopArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ...refusal },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...refusal },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens, ...refusal },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...refusal },
    costLimit: { enabled: false }, // run at execution with the page sizes known, below
    blockFieldSuggestion: { enabled: false }, // the schema is public (introspection is on); suggestions help clients
  });
  // yoga marks every parse error `spec: true` once parsed (answering 200 to application/json); a
  // document refused for its size is still answered 400, so the mark is undone before answering.
  const keepStatus: Plugin = {
    onResultProcess({ result }) {
      for (const error of (result as { errors?: readonly GraphQLError[] }).errors ?? []) {
        if (error instanceof GraphQLError && error.extensions.code === "QUERY_TOO_COMPLEX") tooComplex(null, error);
      }
    },
  };
  return [...(armor.protect().plugins as Plugin[]), keepStatus, useCostWithPageSizes()];
}
