import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  KEY_BYTES,
  SecretBoxError,
  constantTimeEqual,
  createSecretBox,
  generateKey,
  parseKey,
} from "../../src/auth/secret-box.js";

const SEALED = /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/;

function flip(text: string, at: number): string {
  const c = text[at] === "A" ? "B" : "A";
  return text.slice(0, at) + c + text.slice(at + 1);
}

describe("secret box", () => {
  const key = generateKey();
  const box = createSecretBox(key);

  it("round-trips text, including empty and non-ASCII", () => {
    for (const text of [
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "",
      "päss wörd ✓ 🔑",
      "x".repeat(10000),
    ]) {
      const sealed = box.seal(text);
      assert.match(sealed, SEALED);
      assert.equal(box.open(sealed), text);
    }
  });

  it("uses a fresh nonce each time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) seen.add(box.seal("same"));
    assert.equal(seen.size, 500);
    const nonces = new Set([...seen].map((s) => s.split(".")[1]));
    assert.equal(nonces.size, 500);
  });

  it("never shows the plaintext", () => {
    const sealed = box.seal("TOPSECRETVALUE");
    assert.ok(!sealed.includes("TOPSECRETVALUE"));
    assert.ok(
      !Buffer.from(sealed.split(".")[2] ?? "", "base64url")
        .toString("latin1")
        .includes("TOPSECRET"),
    );
  });

  it("refuses tampering anywhere", () => {
    const sealed = box.seal("secret");
    const [v, nonce, body] = sealed.split(".") as [string, string, string];
    for (let i = 0; i < body.length; i++) {
      assert.throws(() => box.open(`${v}.${nonce}.${flip(body, i)}`), SecretBoxError);
    }
    for (let i = 0; i < nonce.length; i++) {
      assert.throws(() => box.open(`${v}.${flip(nonce, i)}.${body}`), SecretBoxError);
    }
    assert.throws(() => box.open(`${v}.${nonce}.${body.slice(0, -2)}`), SecretBoxError);
  });

  it("refuses another key, with a clear message and nothing secret in it", () => {
    const sealed = box.seal("hunter2");
    const other = createSecretBox(generateKey());
    assert.throws(
      () => other.open(sealed),
      (e: unknown) =>
        e instanceof SecretBoxError &&
        /altered or sealed under another key/.test(e.message) &&
        !e.message.includes("hunter2") &&
        !e.message.includes(sealed) &&
        !e.message.includes(key.toString("hex")) &&
        !e.message.includes(key.toString("base64")),
    );
  });

  it("refuses malformed input", () => {
    const good = box.seal("x");
    for (const bad of [
      "",
      "v1",
      "v1..",
      "v2" + good.slice(2),
      good + ".x",
      "v1.!!!.abc",
      "v1.AAAA.AAAA",
      good.replace(/^v1\.[^.]+/, "v1.AAAAAAAAAAAAAAAAAAAAAAAA"),
    ]) {
      assert.throws(() => box.open(bad), SecretBoxError, bad);
    }
  });

  it("keys must be 32 bytes", () => {
    assert.equal(generateKey().length, KEY_BYTES);
    assert.notDeepEqual(generateKey(), generateKey());
    assert.throws(() => createSecretBox(Buffer.alloc(16)), SecretBoxError);
    assert.throws(() => createSecretBox(Buffer.alloc(33)), SecretBoxError);
  });

  it("keeps its own copy of the key", () => {
    const k = generateKey();
    const b = createSecretBox(k);
    const sealed = b.seal("x");
    k.fill(0);
    assert.equal(b.open(sealed), "x");
  });
});

describe("parseKey", () => {
  const key = generateKey();

  it("reads hex, base64 and base64url, ignoring surrounding whitespace", () => {
    assert.deepEqual(parseKey(key.toString("hex")), key);
    assert.deepEqual(parseKey(key.toString("hex").toUpperCase()), key);
    assert.deepEqual(parseKey(key.toString("base64")), key);
    assert.deepEqual(parseKey(key.toString("base64").replace(/=$/, "")), key);
    assert.deepEqual(parseKey(key.toString("base64url")), key);
    assert.deepEqual(parseKey(`  ${key.toString("base64")}\n`), key);
  });

  it("refuses other lengths and text, without echoing it", () => {
    for (const bad of [
      "",
      "abc",
      "00".repeat(31),
      "00".repeat(33),
      Buffer.alloc(31).toString("base64"),
      Buffer.alloc(48, 0xff).toString("base64"),
      "g".repeat(64),
    ]) {
      assert.throws(
        () => parseKey(bad),
        (e: unknown) => e instanceof SecretBoxError && (bad === "" || !e.message.includes(bad)),
        bad,
      );
    }
  });
});

describe("constantTimeEqual", () => {
  it("compares strings of any lengths", () => {
    assert.ok(constantTimeEqual("", ""));
    assert.ok(constantTimeEqual("abc", "abc"));
    assert.ok(constantTimeEqual("päss", "päss"));
    assert.ok(!constantTimeEqual("abc", "abd"));
    assert.ok(!constantTimeEqual("abc", "abcd"));
    assert.ok(!constantTimeEqual("", "a"));
  });
});
