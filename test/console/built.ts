/** The console's build output the tests serve and measure: dist/console/, from `npm run build`. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CONSOLE_DIR } from "../../src/server/console/static.js";

export const CONSOLE_DIR = DEFAULT_CONSOLE_DIR;

/** Fails loudly when the console was not built (npm test builds it first). */
export function requireBuiltConsole(): string {
  if (!existsSync(join(CONSOLE_DIR, "index.html"))) {
    throw new Error(
      `the console is not built (no ${CONSOLE_DIR}/index.html): run \`npm run build\` first`,
    );
  }
  return CONSOLE_DIR;
}
