import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the suite's operations (and a template for client apps). */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/**/*.ts", "!test/generated/**"],
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
