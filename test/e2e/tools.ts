/**
 * The outside clients the end-to-end tests drive: Debian's AWS CLI v2
 * (/usr/bin/aws) and boto3 (/usr/bin/python3). Always these paths: a pyenv
 * or pip `aws` elsewhere on PATH is a different client. A missing tool is a
 * test failure that says how to install it, never a skip.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";

export const AWS_CLI = "/usr/bin/aws";
export const PYTHON = "/usr/bin/python3";

/** Why the tool cannot be used (with how to install it), or undefined when it works. */
export function toolProblem(command: string, args: string[], install: string): string | undefined {
  try {
    execFileSync(command, args, { stdio: "pipe", timeout: 60_000, env: cleanEnv({}) });
    return undefined;
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return `${command} ${args.join(" ")} failed (${detail}).\nThese tests need it: install it with\n  ${install}`;
  }
}

/** One failing test that says what is missing, in place of a suite that cannot run. */
export function failMissing(suite: string, problem: string): void {
  describe(suite, () => {
    it("needs its client installed", () => {
      assert.fail(problem);
    });
  });
}

let home: string | undefined;

/** A fresh HOME for the clients, removed after the test file. */
function clientHome(): string {
  if (home === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "gatehouse-e2e-"));
    home = dir;
    after(() => rmSync(dir, { recursive: true, force: true }));
  }
  return home;
}

/**
 * The environment of a client process: nothing of this machine's AWS
 * configuration (config and credentials files are /dev/null, HOME is a
 * fresh temporary directory, no AWS_* or PYTHON* variables leak in).
 */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const dir = home ?? tmpdir();
  return {
    PATH: "/usr/bin:/bin",
    HOME: dir,
    LANG: "C.UTF-8",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_PAGER: "",
    AWS_MAX_ATTEMPTS: "1",
    AWS_RETRY_MODE: "standard",
    ...extra,
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a client to its end (at most 60 s) and returns its exit code and output. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<RunResult> {
  clientHome();
  const fullEnv = cleanEnv(env);
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { env: fullEnv, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") {
          reject(new Error(`${command} ${args.join(" ")}: ${err.message}\n${stderr}`));
          return;
        }
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}
