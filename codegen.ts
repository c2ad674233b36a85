import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the suite's operations (and a template for client apps). */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  // PostGraphile, installed on demand for the benchmark, brings .ts files of its own.
  documents: ["test/**/*.ts", "!test/generated/**", "!test/bench/postgraphile/**"],
  ignoreNoDocuments: true,
  generates: {
    "test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", LocalDate: "string" },
      },
    },
  },
};

export default config;
