// GraphQL Code Generator: typed documents for every operation written in src/ (REST routes) and
// test/ (the test suite), and, separately, for the dashboard's (dashboard/, so its bundle carries only
// its own documents); all checked against the committed schema.graphql.
import type { CodegenConfig } from "@graphql-codegen/cli";

const clientPreset = {
  preset: "client",
  presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
  config: {
    documentMode: "string",
    enumsAsTypes: true,
    useTypeImports: true,
    emitLegacyCommonJSImports: false,
    strictScalars: true,
    scalars: { DateTime: "string", JSONObject: "Record<string, unknown>", Decimal: "string" },
  },
} as const;

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "src/generated/graphql/": { ...clientPreset, documents: ["src/rest/**/*.ts", "test/**/*.ts"] },
    "dashboard/generated/": { ...clientPreset, documents: ["dashboard/**/*.{ts,tsx}", "!dashboard/generated/**"] },
  },
};

export default config;
