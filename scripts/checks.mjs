// `npm test`'s checks before the suite: the type-check and the schema check run side by side (each
// is single-threaded; together they take the time of the longer one on two cores). Each one's
// output is printed when it ends; the run fails if either does.
import { spawn } from "node:child_process";

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      process.stdout.write(`> ${script}${code === 0 ? "" : ` failed (exit ${code})`}\n${output}`);
      resolve(code === 0);
    });
  });

const passed = await Promise.all([run("typecheck"), run("schema:check")]);
process.exit(passed.every(Boolean) ? 0 : 1);
