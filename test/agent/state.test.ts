/**
 * The state directory: the key pair in key.pem (mode 0600, reused, refused
 * when others may read it), instance.json, the container token; and that the
 * private key is never in what the agent sends.
 */
import assert from "node:assert/strict";
import { createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { register, requestCredentials } from "../../src/agent/server-client.js";
import {
  ensureStateDir,
  loadOrCreateContainerToken,
  loadOrCreateKeyPair,
  readIdentity,
  writeIdentity,
} from "../../src/agent/state.js";
import { IDENTITY } from "./helpers.js";

const root = mkdtempSync(join(tmpdir(), "gatehouse-agent-state-"));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => {
  const dir = join(root, `s${++n}`);
  ensureStateDir(dir);
  return dir;
};
const mode = (path: string) => statSync(path).mode & 0o777;

describe("the key pair", () => {
  test("is generated into key.pem with mode 0600, in a 0700 directory", () => {
    const dir = freshDir();
    const { keys, created } = loadOrCreateKeyPair(dir);
    assert.equal(created, true);
    assert.equal(mode(join(dir, "key.pem")), 0o600);
    assert.equal(mode(dir), 0o700);
    assert.match(readFileSync(join(dir, "key.pem"), "utf8"), /^-----BEGIN PRIVATE KEY-----/);
    assert.equal(keys.privateKey.asymmetricKeyType, "ed25519");
    // the public key: base64 of SPKI DER, 44 bytes for Ed25519
    const der = Buffer.from(keys.publicKey, "base64");
    assert.equal(der.length, 44);
    const pub = createPublicKey({ key: der, format: "der", type: "spki" });
    assert.equal(pub.asymmetricKeyType, "ed25519");
  });
  test("is reused on the next run", () => {
    const dir = freshDir();
    const first = loadOrCreateKeyPair(dir);
    const second = loadOrCreateKeyPair(dir);
    assert.equal(second.created, false);
    assert.equal(second.keys.publicKey, first.keys.publicKey);
  });
  test("is refused when others may read key.pem", () => {
    const dir = freshDir();
    loadOrCreateKeyPair(dir);
    chmodSync(join(dir, "key.pem"), 0o644);
    assert.throws(() => loadOrCreateKeyPair(dir), /may be read by others \(mode 0644\)/);
  });
  test("a key.pem that is not Ed25519 is refused", () => {
    const dir = freshDir();
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    writeFileSync(join(dir, "key.pem"), privateKey.export({ type: "pkcs8", format: "pem" }), {
      mode: 0o600,
    });
    assert.throws(() => loadOrCreateKeyPair(dir), /does not hold an Ed25519 private key/);
  });
});

describe("instance.json and container-token", () => {
  test("the identity is written 0600 and read back", () => {
    const dir = freshDir();
    assert.equal(readIdentity(dir), undefined);
    writeIdentity(dir, IDENTITY);
    assert.equal(mode(join(dir, "instance.json")), 0o600);
    assert.deepEqual(readIdentity(dir), IDENTITY);
  });
  test("the container token is generated once, 0600, without a newline", () => {
    const dir = freshDir();
    const token = loadOrCreateContainerToken(dir);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(readFileSync(join(dir, "container-token"), "utf8"), token);
    assert.equal(mode(join(dir, "container-token")), 0o600);
    assert.equal(loadOrCreateContainerToken(dir), token);
  });
});

describe("what is sent", () => {
  /** A listener that records each request and answers 503 (the agent then retries). */
  function recorder() {
    const seen: { url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        });
        res.writeHead(503).end();
      });
    });
    return { server, seen };
  }

  test("register and credentials requests carry the public key and a signature, never the private key", async () => {
    const dir = freshDir();
    const { keys } = loadOrCreateKeyPair(dir);
    const { server, seen } = recorder();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const a = await register(url, "launch-token-value", keys.publicKey);
      const b = await requestCredentials(url, IDENTITY.instanceId, keys.privateKey, Date.now());
      assert.equal(a.kind, "unavailable");
      assert.equal(b.kind, "unavailable");
    } finally {
      server.close();
    }
    assert.deepEqual(
      seen.map((s) => s.url),
      ["/_gatehouse/agent/register", "/_gatehouse/agent/credentials"],
    );
    const [reg, cred] = seen as [(typeof seen)[0], (typeof seen)[0]];
    assert.deepEqual(JSON.parse(reg.body), {
      launchToken: "launch-token-value",
      publicKey: keys.publicKey,
    });
    const body = JSON.parse(cred.body) as Record<string, string>;
    assert.deepEqual(Object.keys(body), ["instanceId", "time", "nonce"]);
    assert.match(body.time as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.match(body.nonce as string, /^[A-Za-z0-9_-]{22,64}$/);
    const signature = Buffer.from(cred.headers["x-gatehouse-signature"] as string, "base64");
    const pub = createPublicKey({
      key: Buffer.from(keys.publicKey, "base64"),
      format: "der",
      type: "spki",
    });
    assert.ok(verify(null, Buffer.from(cred.body), pub, signature), "the signature verifies");

    // The private key in every form it could leak in: PEM, its DER, the raw 32-byte seed.
    const pem = readFileSync(join(dir, "key.pem"), "utf8");
    const der = keys.privateKey.export({ type: "pkcs8", format: "der" });
    const seed = der.subarray(der.length - 32);
    const forms = [
      pem.replace(/-----[^-]+-----|\s/g, ""),
      der.toString("base64"),
      der.toString("base64url"),
      seed.toString("base64"),
      seed.toString("base64url"),
      seed.toString("hex"),
    ];
    for (const request of seen) {
      const sent = `${request.body}\n${JSON.stringify(request.headers)}`;
      for (const form of forms) assert.ok(!sent.includes(form), "the private key was sent");
    }
  });
});
