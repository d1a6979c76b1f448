/** `gatehouse policy validate` and `gatehouse policy evaluate`. */
import { readFile } from "node:fs/promises";
import { once } from "node:events";
import { POLICY_KINDS, validatePolicy, type PolicyKind } from "../policy/index.js";
import { answerLine, CachedLineAnswers } from "./evaluate-lines.js";
import type { Io } from "./main.js";

const POLICY_USAGE = `Usage:
  gatehouse policy validate --kind KIND [--max-length N] [--json] FILE
      Validates FILE (or - for standard input) as a policy of KIND (${POLICY_KINDS.join(", ")}),
      with IAM's rules and messages. Prints one finding per line; exits 1 when there is an error.
      --max-length N sets the size limit in non-whitespace characters (0 for none).

  gatehouse policy evaluate [--no-explain] [--no-cache]
      Reads one JSON request per line on standard input:
        {"action": "s3:GetObject", "resource": "arn:aws:s3:::bucket/key",
         "principal": "arn:aws:iam::123456789012:user/alice", "context": {...},
         "identityPolicies": [{"id": "p1", "document": {...}}], "permissionsBoundaries": [...],
         "sessionPolicies": [...], "resourcePolicy": {...}, "resourceAccount": "123456789012",
         "serviceControlPolicies": [[...], [...]]}
      and writes one JSON line per request:
        {"decision": "allowed" | "explicitDeny" | "implicitDeny", "matchedStatements": [...],
         "missingContextValues": [...], "reason": "..."}
      A bad line gets {"error": "..."} and the stream goes on. Lines that repeat the same
      policy documents reuse their compiled set (the last 256 sets are kept); --no-cache
      compiles each line's policies afresh (the answers are the same).
`;

export async function policyCommand(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "validate") return validateCommand(rest, io);
  if (sub === "evaluate") return evaluateCommand(rest, io);
  if (sub === undefined || sub === "--help" || sub === "-h") {
    io.stdout.write(POLICY_USAGE);
    return sub === undefined ? 2 : 0;
  }
  io.stderr.write(`gatehouse policy: unknown subcommand '${sub}'\n\n${POLICY_USAGE}`);
  return 2;
}

async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  let kind: string | undefined;
  let maxLength: number | undefined;
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--help" || arg === "-h") {
      io.stdout.write(POLICY_USAGE);
      return 0;
    } else if (arg === "--kind") kind = args[++i];
    else if (arg.startsWith("--kind=")) kind = arg.slice("--kind=".length);
    else if (arg === "--max-length") maxLength = Number(args[++i]);
    else if (arg === "--json") json = true;
    else if (file === undefined && (arg === "-" || !arg.startsWith("-"))) file = arg;
    else return usageError(io, `unexpected argument '${arg}'`);
  }
  if (kind === undefined || !(POLICY_KINDS as readonly string[]).includes(kind)) {
    return usageError(io, `--kind must be one of ${POLICY_KINDS.join(", ")}`);
  }
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength >= 0)) {
    return usageError(io, "--max-length takes a whole number");
  }
  if (file === undefined) return usageError(io, "name the policy FILE (or - for standard input)");
  let text: string;
  try {
    text = file === "-" ? await readAll(io.stdin) : await readFile(file, "utf8");
  } catch (err) {
    io.stderr.write(`gatehouse policy validate: cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const options =
    maxLength === undefined
      ? { kind: kind as PolicyKind }
      : { kind: kind as PolicyKind, maxLength };
  const { findings } = validatePolicy(text, options);
  const errors = findings.filter((f) => f.severity === "error").length;
  if (json) {
    io.stdout.write(`${JSON.stringify({ valid: errors === 0, findings })}\n`);
  } else if (findings.length === 0) {
    io.stdout.write(`${file}: valid ${kind} policy\n`);
  } else {
    for (const f of findings) {
      const at = f.start === undefined ? "" : `:${f.start.line}:${f.start.column}`;
      io.stdout.write(`${file}${at}: ${f.severity} ${f.code}: ${f.message}\n`);
    }
  }
  return errors === 0 ? 0 : 1;
}

async function evaluateCommand(args: readonly string[], io: Io): Promise<number> {
  let explain = true;
  let cache = true;
  for (const arg of args) {
    if (arg === "--no-explain") explain = false;
    else if (arg === "--no-cache") cache = false;
    else if (arg === "--help" || arg === "-h") {
      io.stdout.write(POLICY_USAGE);
      return 0;
    } else return usageError(io, `unexpected argument '${arg}'`);
  }
  const cached = cache ? new CachedLineAnswers(explain) : undefined;
  let n = 0;
  for await (const batch of lineBatches(io.stdin)) {
    let out = "";
    for (const line of batch) {
      n++;
      if (line.trim() === "") continue;
      out += cached === undefined ? answerLine(line, n, explain) : cached.answer(line, n);
      out += "\n";
    }
    // One write per batch of lines read; wait while the reader of our output is behind.
    if (out !== "" && !io.stdout.write(out)) await once(io.stdout, "drain");
  }
  return 0;
}

/**
 * The lines of a stream, a batch per chunk read: the lines node:readline
 * gives (ended by \n, \r\n or a lone \r; the last one without an ending too),
 * without its per-line cost. A chunk is cut after its last \n, which never
 * falls inside a UTF-8 sequence, and decoded at once.
 */
export async function* lineBatches(stream: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer);
    const last = bytes.lastIndexOf(0x0a);
    if (last < 0) {
      carry = Buffer.concat([carry, bytes]);
      continue;
    }
    // Only the line the last chunk left open is copied; the rest is decoded where it lies.
    const first = carry.length === 0 ? -1 : bytes.indexOf(0x0a);
    const head =
      first < 0 ? "" : Buffer.concat([carry, bytes.subarray(0, first + 1)]).toString("utf8");
    const text = head + bytes.toString("utf8", first + 1, last + 1);
    carry = Buffer.from(bytes.subarray(last + 1));
    yield splitLines(text);
  }
  if (carry.length > 0) yield splitLines(carry.toString("utf8"));
}

/** The lines of a text; an ending at its very end starts no further line. */
function splitLines(text: string): string[] {
  const lines = text.includes("\r") ? text.split(/\r\n|\n|\r/) : text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`gatehouse policy: ${message}\n\n${POLICY_USAGE}`);
  return 2;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
