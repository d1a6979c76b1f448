/**
 * The console in a real browser: playwright-core driving Debian's Chromium
 * (/usr/bin/chromium, the `chromium` package; never a downloaded browser).
 * A missing Chromium fails the suite saying how to install it. Each scenario
 * keeps a screenshot of every step under test-output/console/<scenario>/
 * (git-ignored), and fails on any error the page logs (a CSP violation
 * among them).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { toolProblem } from "../e2e/tools.js";

export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS_DIR = join(process.cwd(), "test-output", "console");

/** Why Chromium cannot be used (with how to install it), or undefined. */
export function chromiumProblem(): string | undefined {
  return toolProblem(
    CHROMIUM,
    ["--headless", "--no-sandbox", "--version"],
    "apt-get install -y chromium   (Debian's package; .ci/run installs it)",
  );
}

export interface BrowserHandle {
  browser: Browser;
}

/** One headless Chromium for the test file. */
export function useBrowser(): BrowserHandle {
  const handle = {} as BrowserHandle;
  before(async () => {
    handle.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    });
  });
  after(async () => {
    await handle.browser?.close();
  });
  return handle;
}

/** A fresh browser profile (no cookies) with a page, its screenshots, and its errors. */
export class Scenario {
  readonly errors: string[] = [];
  private step = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly dir: string,
  ) {
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(message.text());
    });
    page.on("pageerror", (error) => this.errors.push(error.message));
  }

  static async open(handle: BrowserHandle, name: string, origin: string): Promise<Scenario> {
    const dir = join(SHOTS_DIR, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const context = await handle.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    return new Scenario(context, await context.newPage(), dir);
  }

  /** Saves a screenshot of the page as NN-<what>.png. */
  async shot(what: string): Promise<void> {
    this.step++;
    const file = `${String(this.step).padStart(2, "0")}-${what}.png`;
    await this.page.screenshot({ path: join(this.dir, file), fullPage: true });
  }

  /** Errors the page logged, less those the test expected (a refused call logs its status). */
  unexpectedErrors(expected: RegExp[] = []): string[] {
    return this.errors.filter((e) => !expected.some((re) => re.test(e)));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** What a browser logs for an answer a test expects to be refused (a 4xx). */
export const REFUSED = /Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * Signs in on the account's sign-in page — as the root user with its console
 * password, or as an IAM user — and waits for the dashboard.
 */
export async function signInToConsole(
  page: Page,
  url: string,
  account: string,
  who: { rootPassword: string } | { userName: string; password: string },
): Promise<void> {
  await page.goto(`${url}/signin/${account}`);
  if ("rootPassword" in who) {
    await page.getByLabel("Root user").check();
    await page.getByLabel("Password", { exact: true }).fill(who.rootPassword);
  } else {
    await page.getByLabel("IAM user name").fill(who.userName);
    await page.getByLabel("Password", { exact: true }).fill(who.password);
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${url}/console/`);
}
