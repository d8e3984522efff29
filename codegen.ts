// GraphQL Code Generator: typed documents for every operation written in src/ (REST routes) and
// test/ (the test suite), checked against the committed schema.graphql.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/rest/**/*.ts", "test/**/*.ts"],
  ignoreNoDocuments: true,
  generates: {
    "src/generated/graphql/": {
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
    },
  },
};

export default config;
