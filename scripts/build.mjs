// `npm run build`: the platform as plain JavaScript for `npm run start:prod`, so that production
// runs on Node alone. esbuild transpiles each file the way tsx does for `npm start` and the tests
// (no bundling, no type check: `npm run typecheck` does that), so the build runs the code the
// tests ran. The output is self-contained apart from node_modules: the dashboard's static files
// and the SQL migrations are copied beside the code, where the server looks for them.
import { cpSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const { values } = parseArgs({ options: { "out-dir": { type: "string", default: "dist" } } });
const root = resolve(import.meta.dirname, "..");
const outdir = resolve(root, values["out-dir"]);

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/**/*.ts"],
  outbase: "src",
  outdir,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
cpSync(join(root, "src", "dashboard"), join(outdir, "dashboard"), { recursive: true, filter: (path) => !path.endsWith(".ts") });
cpSync(join(root, "drizzle"), join(outdir, "drizzle"), { recursive: true, filter: (path) => !path.endsWith(".ts") });
console.log(`built ${outdir}`);
