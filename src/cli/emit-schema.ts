import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { printSdl } from "../schema.js";

const SDL_FILE = "schema/schema.graphql";

const program = new Command("emit-schema")
  .description(`Write the GraphQL SDL to ${SDL_FILE}, or check that the committed file is current`)
  .option("--check", "fail when the committed file differs from the schema the code builds")
  .parse();

const sdl = await printSdl();
if (program.opts<{ check?: boolean }>().check) {
  let committed = "";
  try {
    committed = readFileSync(SDL_FILE, "utf8");
  } catch {
    // a missing file is stale like any other
  }
  if (committed !== sdl) {
    console.error(`${SDL_FILE} is stale: run \`npm run codegen\` and commit the result`);
    process.exit(1);
  }
  console.log(`${SDL_FILE} is current`);
} else {
  writeFileSync(SDL_FILE, sdl);
  console.log(`wrote ${SDL_FILE}`);
}
