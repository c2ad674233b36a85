import { ConfigError } from "../config.js";
import { DatabaseUnreachableError } from "../db/client.js";

/** Runs a CLI entry point: known start-up problems print one clear line, never a stack. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseUnreachableError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
