import { accessSync, constants, createReadStream, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { extract } from "tar-fs";

/**
 * The Chromium the browser tests drive, in this order:
 * 1. CHROMIUM_PATH, when set (an error if it is not an executable: a typo must not silently test another browser);
 * 2. a system Chromium or Chrome, when one is installed;
 * 3. the Chromium shipped inside the @sparticuz/chromium package from the lock file, so that a machine with
 *    nothing but Node.js and npm runs the tests without downloading a browser.
 */
export type ChromiumChoice = { source: "CHROMIUM_PATH" | "system" | "packaged"; executablePath: string; env?: Record<string, string> };

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

let packaged: Promise<ChromiumChoice> | undefined;

export async function resolveChromium(): Promise<ChromiumChoice> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
    return { source: "CHROMIUM_PATH", executablePath: explicit };
  }
  const system = SYSTEM_CHROMIUMS.find(isExecutable);
  if (system) return { source: "system", executablePath: system };
  // Memoised: the package inflates its binary to a fixed temporary path (<tmpdir>/chromium, reused as it is on
  // later runs whatever its version), and two inflations at once would leave a half-written executable there.
  packaged ??= inflatePackagedChromium();
  return packaged;
}

async function inflatePackagedChromium(): Promise<ChromiumChoice> {
  const { default: Chromium } = await import("@sparticuz/chromium");
  const executablePath = await Chromium.executablePath();
  // The binary needs NSS, NSPR and expat. Debian-like machines often lack them (they come with a desktop or a
  // browser package), so the ones the package ships for Amazon Linux 2023 go on the browser's library path;
  // they only need glibc 2.34 or later. The package itself does this only when it detects Lambda.
  const libs = join(tmpdir(), "al2023", "lib");
  if (!existsSync(join(libs, "libnss3.so"))) {
    const bin = join(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..", "..", "bin");
    await pipeline(createReadStream(join(bin, "al2023.tar.br")), createBrotliDecompress(), extract(join(tmpdir(), "al2023")));
  }
  return {
    source: "packaged",
    executablePath,
    env: {
      LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      // The package's own fonts.conf (inflated next to the binary): a machine without fontconfig still renders text.
      FONTCONFIG_PATH: join(tmpdir(), "fonts"),
    },
  };
}

/** Headless Chromium for the browser tests, whichever one resolveChromium picks. */
export async function launchChromium(): Promise<Browser> {
  const choice = await resolveChromium();
  return chromium.launch({
    executablePath: choice.executablePath,
    env: choice.env ? { ...process.env, ...choice.env } : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
