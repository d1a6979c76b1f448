/**
 * Bad input never answers 500, never hangs. For every action in the action
 * table, raw SigV4-signed Query requests built from the action's input shape
 * in AWS's model: required parameters missing, strings too long / too short /
 * breaking the pattern, integers and booleans that are not, unknown enum
 * values, absurd list indices and sizes, non-UTF-8 and broken percent
 * escapes, and seeded random fuzz (fast-check). Each answer must be AWS's
 * XML error with a 4xx status and a code the operation (or the Query
 * protocol) defines. Then the protocol level: unknown, missing Action,
 * missing or foreign Version, GET like POST, bodies of other types and sizes.
 *
 * The fuzz is reproducible: GATEHOUSE_FUZZ_SEED=<n> changes the seed (the
 * failure message names it).
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import fc from "fast-check";
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { actionTable } from "../../src/iam/registry.js";
import { iamModel, operationErrors, stsModel } from "../../src/model/api/load.js";
import type { ApiModel, Shape, StructureShape } from "../../src/model/api/types.js";
import { stsFamilies } from "../../src/sts/registry.js";
import { ACCOUNT, useServer } from "../server/harness.js";
import { badMarkers } from "./bad-markers.js";
import { encode, encodeBytes, getRaw, parseError, postRaw, type RawAnswer } from "./raw.js";

const srv = useServer();

const SEED = Number(process.env["GATEHOUSE_FUZZ_SEED"] ?? 20260508);
const FUZZ_RUNS = 24;
const VERSION = "2010-05-08";

/** Codes any Query request may answer, besides the operation's own. */
const COMMON_CODES = new Set([
  "ValidationError",
  "InvalidInput",
  "MalformedPolicyDocument",
  "NoSuchEntity",
  "InvalidParameterValue",
  "InvalidParameterCombination",
  "MissingParameter",
  "MalformedQueryString",
  "LimitExceeded",
  "EntityAlreadyExists",
  "DeleteConflict",
  "AccessDenied",
  "InvalidAction",
  "MissingAction",
  "RequestEntityTooLarge",
]);

const DOCUMENT = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
});
const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/fuzz-policy`;

/** A valid value per string/enum/number shape of the inputs (the entities exist: see setUp). */
const VALID: Record<string, string> = {
  pathType: "/",
  pathPrefixType: "/",
  policyPathType: "/",
  userNameType: "fuzz-user",
  existingUserNameType: "fuzz-user",
  groupNameType: "fuzz-group",
  roleNameType: "fuzz-role",
  instanceProfileNameType: "fuzz-profile",
  roleDescriptionType: "d",
  policyNameType: "fuzz-policy",
  arnType: POLICY_ARN,
  markerType: "x",
  maxItemsType: "10",
  policyDocumentType: DOCUMENT,
  policyDescriptionType: "d",
  policyVersionIdType: "v1",
  accessKeyIdType: "AKIAFUZZFUZZFUZZFUZZ",
  tagKeyType: "k",
  tagValueType: "v",
  passwordType: "Fuzz-Passw0rd!",
  accountAliasType: "fuzz-alias",
  ActionNameType: "s3:GetObject",
  ResourceNameType: "*",
  ContextKeyNameType: "aws:username",
  ContextKeyValueType: "v",
  ResourceHandlingOptionType: "EC2-VPC-EBS",
  booleanType: "false",
  OpenIDConnectProviderUrlType: "https://fuzz.example.com",
  clientIDType: "fuzz-client",
  thumbprintType: "a".repeat(40),
  virtualMFADeviceName: "fuzz-mfa",
  serialNumberType: `arn:aws:iam::${ACCOUNT}:mfa/fuzz-mfa`,
  authenticationCodeType: "123456",
};

/** STS's shapes (those named like IAM's share their values above). */
Object.assign(VALID, {
  durationSecondsType: "900",
  roleDurationSecondsType: "900",
  RootDurationSecondsType: "900",
  roleSessionNameType: "fuzz-session",
  sourceIdentityType: "fuzz-source",
  externalIdType: "fuzz-external",
  tokenCodeType: "123456",
  sessionPolicyDocumentType: DOCUMENT,
  unrestrictedSessionPolicyDocumentType: DOCUMENT,
  encodedMessageType: "fuzz-message",
  clientTokenType: "fuzz.token.value",
  urlType: "https://fuzz.example.com",
  SAMLAssertionType: "fuzz-assertion",
  contextAssertionType: "fuzz-context",
  TargetPrincipalType: ACCOUNT,
});

/** Markers no server issued, with what is wrong with each (see bad-markers.ts). */
const BAD_MARKERS = badMarkers();

/** Codes STS answers besides its modelled ones (an unknown key to GetAccessKeyInfo). */
const STS_CODES = ["InvalidClientTokenId"];

/** The model the cases are made from: IAM's, or STS's for its actions. */
let model: ApiModel = iamModel;

type Pair = readonly [name: string, encodedValue: string];

interface Case {
  name: string;
  /** The encoded body, sent as is. */
  body: string;
  /** Whether success is an acceptable answer (random input may be valid). */
  mayPass?: boolean;
}

function shape(name: string): Shape {
  const s = model.shapes[name];
  if (!s) throw new Error(`no shape ${name}`);
  return s;
}

/** Valid parameters for a member (a scalar, a list of one, a structure), as encoded pairs. */
function validPairs(key: string, target: string): Pair[] {
  const s = shape(target);
  switch (s.type) {
    case "structure":
      return Object.entries(s.members).flatMap(([n, m]) => validPairs(`${key}.${n}`, m.target));
    case "list":
      return validPairs(`${key}.${s.memberName}.1`, s.member);
    case "map":
      return [
        [`${key}.entry.1.key`, "k"],
        [`${key}.entry.1.value`, "v"],
      ];
    case "enum":
      return [[key, encode(s.values[0] as string)]];
    default: {
      const v = VALID[target];
      if (v === undefined) throw new Error(`no valid value for shape ${target} (${key})`);
      return [[key, encode(v)]];
    }
  }
}

/** Bad values for a scalar shape, encoded, with what each breaks. */
function badScalars(target: string): [string, string][] {
  const s = shape(target);
  const bad: [string, string][] = [];
  const raw = (label: string, encoded: string) => bad.push([label, encoded]);
  const text = (label: string, value: string) => bad.push([label, encode(value)]);
  switch (s.type) {
    case "string": {
      const valid = VALID[target] ?? "a";
      if (s.max !== undefined) {
        text(
          "over max length",
          valid.startsWith("/") ? `/${"a".repeat(s.max - 1)}/` : "a".repeat(s.max + 1),
        );
        text("far over max length", "a".repeat(Math.min(s.max * 4, 700_000)));
      }
      if (s.min !== undefined && s.min > 0) text("under min length", "a".repeat(s.min - 1));
      if (s.pattern !== undefined) {
        text("breaks the pattern (control and non-Latin-1)", "\u0001\u0100");
        text("breaks the pattern (spaces, slashes)", "a b/c\\d");
      }
      if (target === "arnType") {
        text("not an ARN", "not-an-arn-but-long-enough-to-pass");
        text("a user ARN", `arn:aws:iam::${ACCOUNT}:user/fuzz-user`);
        text("another account", "arn:aws:iam::999999999999:policy/x");
        text("another partition", `arn:aws-cn:iam::${ACCOUNT}:policy/fuzz-policy`);
        text("ARN with wildcards", `arn:aws:iam::${ACCOUNT}:policy/*`);
      }
      if (target === "policyDocumentType") {
        text("not JSON", "{not json");
        text("JSON but not a policy", "[1,2,3]");
        text("deeply nested", "[".repeat(5000) + "]".repeat(5000));
        text("huge numbers", '{"Version":"2012-10-17","Statement":1e999999}');
        text(
          "unknown effect",
          '{"Version":"2012-10-17","Statement":{"Effect":"Maybe","Action":"*","Resource":"*"}}',
        );
        text("duplicate keys", '{"Version":"2012-10-17","Version":"2008-10-17","Statement":[]}');
        text("__proto__", '{"__proto__":{"x":1},"Version":"2012-10-17","Statement":[]}');
      }
      if (target === "policyVersionIdType") text("huge version", `v${"9".repeat(400)}`);
      // Text that is not storable inside an otherwise valid value (escapes: see below).
      if (VALID[target] !== undefined) {
        const cut = Math.max(1, valid.length - 1);
        text("NUL inside a valid value", `${valid.slice(0, cut)}\u0000${valid.slice(cut)}`);
        raw(
          "invalid UTF-8 inside a valid value",
          `${encode(valid.slice(0, cut))}%FF${encode(valid.slice(cut))}`,
        );
      }
      if (target === "markerType") {
        for (const [label, marker] of BAD_MARKERS) text(label, marker);
        text("garbage marker", "!!!!");
        text("base64 of nonsense", Buffer.from('{"x":1}').toString("base64"));
      }
      break;
    }
    case "integer":
    case "long":
      for (const v of ["abc", "-1", "1e9", "0", "1.5", " 5", "0x10", "", "+", "-0", "NaN"])
        text(`not a valid integer (${JSON.stringify(v)})`, v);
      if (s.max !== undefined) text("over max", String(s.max + 1));
      text("beyond 64 bits", "99999999999999999999999");
      text("beyond int32", "2147483648");
      break;
    case "boolean":
      for (const v of ["maybe", "", "1", "yes", "TRUE "]) text(`not a boolean (${v})`, v);
      break;
    case "enum":
      text("unknown enum value", "Bogus");
      text("empty enum value", "");
      text("enum in the wrong case", (s.values[0] as string).toLowerCase());
      break;
    default:
      break;
  }
  // Escapes: invalid UTF-8, a surrogate, NUL, broken escapes.
  raw("invalid UTF-8 (%FF%FE)", "%FF%FE");
  raw("truncated UTF-8 (%C3)", "%C3");
  raw("UTF-8 surrogate (%ED%A0%80)", "%ED%A0%80");
  raw("overlong UTF-8 (%C0%AF)", "%C0%AF");
  raw("NUL (%00)", "%00");
  raw("broken escape (%G1)", "%G1");
  raw("broken escape at the end (%)", "%");
  raw("half an escape (%4)", "%4");
  return bad;
}

/**
 * Whether a "bad" scalar is one the model accepts after all: any text (escapes
 * included, decoded as U+FFFD) in a string shape with no pattern and room for
 * it (the simulator's action and resource names, context values), or the enum
 * value in lower case when it is lower case already ("string").
 */
function modelAllows(target: string, label: string): boolean {
  const s = shape(target);
  if (s.type === "enum") {
    const first = s.values[0] as string;
    return label === "enum in the wrong case" && first === first.toLowerCase();
  }
  const escape = /UTF-8|NUL/.test(label);
  return s.type === "string" && s.pattern === undefined && escape;
}

/** Bad cases for one member of the input (recursing into lists of structures). */
function memberCases(
  action: string,
  base: Pair[],
  key: string,
  target: string,
  required: boolean,
): Case[] {
  const s = shape(target);
  const without = base.filter(([k]) => k !== key && !k.startsWith(`${key}.`));
  const body = (pairs: Pair[]) =>
    [["Action", action] as Pair, ["Version", model.service.version] as Pair, ...pairs]
      .map(([k, v]) => `${encode(k)}=${v}`)
      .join("&");
  const cases: Case[] = [];
  if (required) cases.push({ name: `${key} missing`, body: body(without) });
  if (s.type === "list") {
    const m = `${key}.${s.memberName}`;
    const one = validPairs(`${m}.1`, s.member);
    const at = (index: string) =>
      one.map(([k, v]) => [k.replace(`${m}.1`, `${m}.${index}`), v] as Pair);
    cases.push({ name: `${key} index 99999`, body: body([...without, ...at("99999")]) });
    cases.push({ name: `${key} index 1001`, body: body([...without, ...at("1001")]) });
    cases.push({
      name: `${key} index 2^53`,
      body: body([...without, ...at("9007199254740993")]),
    });
    if (s.max !== undefined) {
      const many = Array.from({ length: s.max + 1 }, (_, i) =>
        validPairs(`${m}.${i + 1}`, s.member).map(
          ([k, v]) => [k, shape(s.member).type === "structure" ? v : encode(`k${i}`)] as Pair,
        ),
      ).flat();
      // Distinct tag keys: k0, k1, …
      const distinct = many.map(([k, v]) =>
        k.endsWith(".Key") ? ([k, `k${k.split(".")[2]}`] as Pair) : ([k, v] as Pair),
      );
      cases.push({
        name: `${key} with ${s.max + 1} members (over max)`,
        body: body([...without, ...distinct]),
      });
    }
    const element = shape(s.member);
    if (element.type === "structure") {
      for (const [n, mem] of Object.entries((element as StructureShape).members)) {
        const sub = `${m}.1.${n}`;
        for (const c of memberCases(action, [...without, ...one], sub, mem.target, !!mem.required))
          cases.push(c);
      }
      cases.push({
        name: `${key} duplicate keys`,
        body: body([...without, ...one, ...at("2")]),
        // Only tags have keys that must differ; two ContextEntries may repeat.
        mayPass: !("Key" in (element as StructureShape).members),
      });
    } else {
      for (const [label, v] of badScalars(s.member)) {
        const mayPass = modelAllows(s.member, label);
        cases.push({ name: `${m}.1 ${label}`, body: body([...without, [`${m}.1`, v]]), mayPass });
      }
    }
    return cases;
  }
  if (s.type === "structure" || s.type === "map") return cases;
  for (const [label, v] of badScalars(target)) {
    // The simulator's PolicySourceArn names a user, group or role: a user ARN is valid there.
    const mayPass =
      (key === "PolicySourceArn" && label === "a user ARN") || modelAllows(target, label);
    cases.push({ name: `${key} ${label}`, body: body([...without, [key, v]]), mayPass });
  }
  return cases;
}

/** Every case for one action. */
function casesFor(
  action: string,
  of: ApiModel = iamModel,
): { cases: Case[]; allowed: Set<string> } {
  model = of;
  const op = model.operations[action];
  if (!op) throw new Error(`the model has no operation ${action}`);
  const extra = model === stsModel ? STS_CODES : [];
  const allowed = new Set([...COMMON_CODES, ...extra, ...operationErrors(model, op).keys()]);
  const members = op.input ? (shape(op.input) as StructureShape).members : {};
  const base: Pair[] = Object.entries(members)
    .filter(([, m]) => m.required)
    .flatMap(([n, m]) => validPairs(n, m.target));
  const cases: Case[] = [];
  for (const [name, m] of Object.entries(members))
    cases.push(...memberCases(action, base, name, m.target, !!m.required));
  cases.push(...fuzzCases(action, base, Object.keys(members)));
  return { cases, allowed };
}

/** Seeded random parameters over the action's members (and unknown names). */
function fuzzCases(action: string, base: Pair[], memberNames: string[]): Case[] {
  const names = memberNames.length > 0 ? memberNames : ["UserName"];
  const key = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom(...names).map((n) => `${n}.member.1`),
    fc.constantFrom(...names).map((n) => `${n}.member.1.Key`),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(".", "..", "Tags.member.", "Tags..1", "Tags.member.1.", "Action", "Version"),
  );
  const value = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }).map(encode),
    fc.string({ unit: "grapheme", maxLength: 50 }).map(encode),
    fc.uint8Array({ maxLength: 64 }).map(encodeBytes),
    fc.integer().map((n) => encode(String(n))),
    fc.double().map((n) => encode(String(n))),
    fc.constantFrom("", "%", "%%", "+", "&", "=", "==", "%26", "%3D", "null", "undefined"),
  );
  const extra = fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 });
  const samples = fc.sample(extra, { numRuns: FUZZ_RUNS, seed: SEED + hash(action) });
  return samples.map((pairs, i) => {
    const keys = new Set(pairs.map(([k]) => k));
    const rest = base.filter(([k]) => !keys.has(k));
    const body = [
      `Action=${action}`,
      `Version=${model.service.version}`,
      ...pairs.map(([k, v]) => `${encode(k)}=${v}`),
      ...rest.map(([k, v]) => `${encode(k)}=${v}`),
    ].join("&");
    return { name: `fuzz #${i}`, body, mayPass: true };
  });
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

/** What is wrong with an answer to bad input, or undefined when it is AWS's kind of error. */
function problemWith(
  answer: RawAnswer,
  allowed: Set<string>,
  mayPass: boolean,
): string | undefined {
  if (answer.status === 200 && mayPass) return undefined;
  if (answer.status < 400 || answer.status >= 500)
    return `status ${answer.status}: ${answer.body.slice(0, 400)}`;
  if (!answer.contentType.startsWith("text/xml"))
    return `content-type ${answer.contentType}: ${answer.body.slice(0, 200)}`;
  const error = parseError(answer.body);
  if (!error) return `not an AWS error: ${answer.body.slice(0, 400)}`;
  if (!allowed.has(error.code)) return `code ${error.code} (${error.message.slice(0, 200)})`;
  if (error.type !== "Sender") return `type ${error.type} for ${error.code}`;
  return undefined;
}

/** Runs cases a few at a time; returns the ones answered wrong. */
async function runCases(cases: Case[], allowed: Set<string>, service = "iam"): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++] as Case;
      let problem: string | undefined;
      try {
        const answer = await postRaw(srv.url, c.body, undefined, service);
        problem = problemWith(answer, allowed, c.mayPass === true);
      } catch (err) {
        problem = err instanceof Error ? err.message : String(err);
      }
      if (problem !== undefined) {
        const shown =
          c.body.length > 300 ? `${c.body.slice(0, 300)}… (${c.body.length} bytes)` : c.body;
        failures.push(`${c.name}: ${problem}\n    request body: ${shown}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return failures;
}

/** The entities the valid values name, so that requests reach past "no such entity". */
async function setUp(): Promise<void> {
  await srv.reset();
  const iam = srv.iam();
  await iam.send(
    new CreateUserCommand({ UserName: "fuzz-user", Tags: [{ Key: "k", Value: "v" }] }),
  );
  await iam.send(new CreateGroupCommand({ GroupName: "fuzz-group" }));
  await iam.send(new AddUserToGroupCommand({ GroupName: "fuzz-group", UserName: "fuzz-user" }));
  await iam.send(
    new CreatePolicyCommand({
      PolicyName: "fuzz-policy",
      PolicyDocument: DOCUMENT,
      Tags: [{ Key: "k", Value: "v" }],
    }),
  );
  await iam.send(new AttachUserPolicyCommand({ UserName: "fuzz-user", PolicyArn: POLICY_ARN }));
  await iam.send(new AttachGroupPolicyCommand({ GroupName: "fuzz-group", PolicyArn: POLICY_ARN }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: "fuzz-user",
      PolicyName: "fuzz-policy",
      PolicyDocument: DOCUMENT,
    }),
  );
  await iam.send(
    new PutGroupPolicyCommand({
      GroupName: "fuzz-group",
      PolicyName: "fuzz-policy",
      PolicyDocument: DOCUMENT,
    }),
  );
  await iam.send(new CreateAccessKeyCommand({ UserName: "fuzz-user" }));
  await iam.send(
    new CreateVirtualMFADeviceCommand({
      VirtualMFADeviceName: "fuzz-mfa",
      Tags: [{ Key: "k", Value: "v" }],
    }),
  );
}

describe("bad input to every action answers AWS's 4xx error, never 5xx, never a hang", () => {
  before(setUp);

  const actions = [...actionTable().values()].filter((a) => a.service === "iam");
  test("the action table is not empty", () => {
    assert.ok(actions.length >= 40, `${actions.length} actions`);
  });

  for (const action of actions) {
    test(action.name, async () => {
      const { cases, allowed } = casesFor(action.name);
      assert.ok(cases.length > 0);
      const failures = await runCases(cases, allowed);
      assert.equal(
        failures.length,
        0,
        `${failures.length} of ${cases.length} bad ${action.name} requests answered wrong ` +
          `(GATEHOUSE_FUZZ_SEED=${SEED}):\n  ${failures.join("\n  ")}`,
      );
    });
  }
});

describe("bad input to every STS action answers AWS's 4xx error, never 5xx, never a hang", () => {
  before(setUp);

  const actions = [...actionTable(stsFamilies).values()].filter((a) => a.service === "sts");
  test("the STS actions are there", () => {
    assert.ok(actions.length >= 5, `${actions.length} actions`);
  });

  for (const action of actions) {
    test(action.name, async () => {
      const { cases, allowed } = casesFor(action.name, stsModel);
      assert.ok(cases.length > 0);
      const failures = await runCases(cases, allowed, "sts");
      assert.equal(
        failures.length,
        0,
        `${failures.length} of ${cases.length} bad ${action.name} requests answered wrong ` +
          `(GATEHOUSE_FUZZ_SEED=${SEED}):\n  ${failures.join("\n  ")}`,
      );
    });
  }
});

describe("the Query protocol around the actions", () => {
  before(setUp);

  const expectError = (answer: RawAnswer, status: number, code: string) => {
    const error = parseError(answer.body);
    assert.ok(error, `an AWS error: ${answer.body}`);
    assert.equal(error.code, code, answer.body);
    assert.equal(answer.status, status, answer.body);
  };

  test("an unknown Action is InvalidAction, 400", async () => {
    const r = await postRaw(srv.url, `Action=NoSuchThing&Version=${VERSION}`);
    expectError(r, 400, "InvalidAction");
    assert.equal(
      parseError(r.body)?.message,
      `Could not find operation NoSuchThing for version ${VERSION}`,
    );
    // Not UTF-8: refused by the form's gate before any action is looked up.
    expectError(
      await postRaw(srv.url, `Action=CreateUser%FF&Version=${VERSION}`),
      400,
      "InvalidParameterValue",
    );
    // NUL is text, and no operation's name.
    expectError(await postRaw(srv.url, `Action=%00&Version=${VERSION}`), 400, "InvalidAction");
    for (const action of [
      "listusers",
      "ListUsers ",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
    ]) {
      const a = await postRaw(
        srv.url,
        `Action=${action.includes("%") ? action : encode(action)}&Version=${VERSION}`,
      );
      expectError(a, 400, "InvalidAction");
    }
  });

  test("a missing or empty Action is MissingAction, 400", async () => {
    expectError(await postRaw(srv.url, `Version=${VERSION}`), 400, "MissingAction");
    expectError(await postRaw(srv.url, `Action=&Version=${VERSION}`), 400, "MissingAction");
    expectError(await postRaw(srv.url, ""), 400, "MissingAction");
  });

  test("a missing, unknown or STS Version never fails the server", async () => {
    for (const version of [undefined, "", "1999-01-01", "2011-06-15", "%FF"]) {
      const body =
        version === undefined ? "Action=ListUsers" : `Action=ListUsers&Version=${version}`;
      const r = await postRaw(srv.url, body);
      assert.ok(
        r.status === 200 || (r.status >= 400 && r.status < 500),
        `${body}: ${r.status} ${r.body}`,
      );
      if (r.status !== 200) assert.ok(parseError(r.body), r.body);
    }
  });

  test("GET with the parameters in the query string works like POST", async () => {
    const got = await getRaw(srv.url, {
      Action: "GetUser",
      Version: VERSION,
      UserName: "fuzz-user",
    });
    assert.equal(got.status, 200, got.body);
    assert.match(got.body, /<UserName>fuzz-user<\/UserName>/);
    const posted = await postRaw(srv.url, `Action=GetUser&Version=${VERSION}&UserName=fuzz-user`);
    assert.equal(posted.status, 200);
    assert.equal(
      got.body.replace(/<RequestId>[^<]*<\/RequestId>/, ""),
      posted.body.replace(/<RequestId>[^<]*<\/RequestId>/, ""),
    );
    const bad = await getRaw(srv.url, { Action: "ListUsers", Version: VERSION, MaxItems: "abc" });
    expectError(bad, 400, "InvalidParameterValue");
    const missing = await getRaw(srv.url, {
      Action: "GetUser",
      Version: VERSION,
      UserName: "nobody",
    });
    expectError(missing, 404, "NoSuchEntity");
  });

  test("unsigned and wrongly signed requests are refused with AWS's 4xx", async () => {
    const unsigned = await fetch(`${srv.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `Action=ListUsers&Version=${VERSION}`,
    });
    const text = await unsigned.text();
    assert.ok(unsigned.status >= 400 && unsigned.status < 500, `${unsigned.status} ${text}`);
    assert.ok(parseError(text), text);
    const wrong = await postRaw(srv.url, `Action=ListUsers&Version=${VERSION}`, {
      accessKeyId: "AKIAGATEHOUSEROOT001",
      secretAccessKey: "not-the-secret",
    });
    expectError(wrong, 403, "SignatureDoesNotMatch");
    const unknown = await postRaw(srv.url, `Action=ListUsers&Version=${VERSION}`, {
      accessKeyId: "AKIANOSUCHKEY0000000",
      secretAccessKey: "whatever",
    });
    expectError(unknown, 403, "InvalidClientTokenId");
  });

  test("bodies of other kinds and sizes", async () => {
    // A JSON body is not read: no Action.
    const json = await fetch(`${srv.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"Action":"ListUsers"}',
    });
    const jsonText = await json.text();
    assert.ok(json.status >= 400 && json.status < 500, `${json.status} ${jsonText}`);
    // Just over the 1 MiB the server reads: RequestEntityTooLarge.
    const big = `Action=CreatePolicy&Version=${VERSION}&PolicyName=big&PolicyDocument=${"a".repeat(1024 * 1024)}`;
    const r = await postRaw(srv.url, big);
    assert.equal(r.status, 413, r.body.slice(0, 300));
    assert.ok(parseError(r.body), `an AWS error: ${r.body.slice(0, 300)}`);
    // Far over: what the HTTP layer refuses must still be AWS's XML error, not Fastify's JSON.
    const huge = await postRaw(
      srv.url,
      `Action=ListUsers&Version=${VERSION}&x=${"a".repeat(3 * 1024 * 1024)}`,
    );
    assert.equal(huge.status, 413, huge.body.slice(0, 300));
    assert.ok(parseError(huge.body), `an AWS error, not: ${huge.body.slice(0, 300)}`);
  });

  test("parameters given twice, empty names, lone separators", async () => {
    for (const body of [
      `Action=ListUsers&Version=${VERSION}&MaxItems=5&MaxItems=abc`,
      `Action=ListUsers&Version=${VERSION}&&&=&==&=x`,
      `Action=ListUsers&Version=${VERSION}&MaxItems`,
      `Action=ListUsers&Action=DeleteUser&Version=${VERSION}&UserName=fuzz-user`,
      `Action=ListUsers&Version=${VERSION}&${"a.".repeat(5000)}=1`,
      `Action=ListUsers&Version=${VERSION}&${"x=1&".repeat(20000)}`,
    ]) {
      const r = await postRaw(srv.url, body);
      assert.ok(r.status < 500, `${body.slice(0, 120)}: ${r.status} ${r.body}`);
      if (r.status !== 200) assert.ok(parseError(r.body), r.body);
    }
  });
});
