// The schema builder: plugins, scalars and context type. Types live in ./types, one file each.
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { resolveNodes } from "@pothos/plugin-relay";
import type { Context } from "../context.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { typeOfId } from "../ids.js";
import { DateTimeScalar } from "./date-time-scalar.js";
import { BoundedJSONObject } from "./json-scalar.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    Decimal: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Our ids already name their type (`agt_…`), so the global id is the id itself: the same
    // string works in node(id:), in every other query, and in REST paths.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typeOfId(globalID) ?? "", id: globalID }),
    // An id of no known type is simply not found (null), as Relay expects of node(id:).
    nodeQueryOptions: {
      resolve: (_root, { id }, _ctx, _info, resolveNode) => (isNodeType(id.typename) ? resolveNode(id) : null),
    },
    nodesQueryOptions: {
      resolve: async (_root, { ids }, ctx, info): Promise<unknown[]> => {
        const found: unknown[] = await resolveNodes(self(), ctx, info, ids.filter((id) => isNodeType(id.typename)));
        let next = 0;
        return ids.map((id) => (isNodeType(id.typename) ? found[next++] : null));
      },
    },
  },
});

// A typed reference to the builder from inside its own options.
function self(): PothosSchemaTypes.SchemaBuilder<any> {
  return builder as never;
}

function isNodeType(typename: string): boolean {
  return typename !== "" && builder.configStore.hasConfig(typename);
}

builder.addScalarType("DateTime", DateTimeScalar);
builder.addScalarType("JSONObject", BoundedJSONObject);
builder.scalarType("Decimal", {
  description: 'An exact decimal number as a string, such as "12.43". Money is US dollars with up to six decimals.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const text = typeof value === "number" ? String(value) : value;
    if (typeof text !== "string" || !/^-?\d+(\.\d+)?$/.test(text)) throw new TypeError(`Decimal expects a decimal string such as "12.43"`);
    return text;
  },
});
