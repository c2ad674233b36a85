import { defineConfig } from "drizzle-kit";

// Paths are relative to the project root, where npm scripts run.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
});
