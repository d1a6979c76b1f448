import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  ID_PREFIX,
  accessKeyId,
  accessKeySecret,
  accountId,
  groupId,
  instanceProfileId,
  isAccountId,
  isTemporaryAccessKeyId,
  looksLikeAccessKeyId,
  looksLikeUniqueId,
  policyId,
  roleId,
  serverCertificateId,
  temporaryAccessKeyId,
  uniqueId,
  userId,
} from "../../src/model/ids.js";

const N = 2000;

function unique(make: () => string): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < N; i++) seen.add(make());
  return seen;
}

describe("unique ids", () => {
  const cases: [string, () => string, RegExp][] = [
    ["user", userId, /^AIDA[A-Z2-7]{17}$/],
    ["group", groupId, /^AGPA[A-Z2-7]{17}$/],
    ["role", roleId, /^AROA[A-Z2-7]{17}$/],
    ["managed policy", policyId, /^ANPA[A-Z2-7]{17}$/],
    ["instance profile", instanceProfileId, /^AIPA[A-Z2-7]{17}$/],
    ["server certificate", serverCertificateId, /^ASCA[A-Z2-7]{17}$/],
  ];
  for (const [kind, make, shape] of cases) {
    it(`${kind}: 21 characters, its prefix, base32, unique`, () => {
      const ids = unique(make);
      assert.equal(ids.size, N);
      for (const id of ids) {
        assert.match(id, shape);
        assert.ok(looksLikeUniqueId(id));
      }
    });
  }

  it("has the length of AWS's documented example", () => {
    assert.equal(userId().length, "AIDAJQABLZS4A3QDU576Q".length);
    assert.ok(looksLikeUniqueId("AIDAJQABLZS4A3QDU576Q", "user"));
  });

  it("uses every base32 character and nothing else", () => {
    const chars = new Set(
      [...Array.from({ length: 300 }, () => uniqueId("role").slice(4))].join(""),
    );
    assert.equal(chars.size, 32);
    for (const c of chars) assert.match(c, /[A-Z2-7]/);
  });

  it("looksLikeUniqueId checks prefix, length and alphabet", () => {
    assert.ok(looksLikeUniqueId(roleId(), "role"));
    assert.ok(!looksLikeUniqueId(roleId(), "user"));
    assert.ok(!looksLikeUniqueId("AIDAJQABLZS4A3QDU576"));
    assert.ok(!looksLikeUniqueId("AIDAJQABLZS4A3QDU5761"));
    assert.ok(!looksLikeUniqueId("XXXXJQABLZS4A3QDU576Q"));
    assert.ok(!looksLikeUniqueId(accessKeyId() + "A"));
  });

  it("exports the documented prefixes", () => {
    assert.deepEqual(ID_PREFIX, {
      user: "AIDA",
      group: "AGPA",
      role: "AROA",
      managedPolicy: "ANPA",
      instanceProfile: "AIPA",
      serverCertificate: "ASCA",
      accessKey: "AKIA",
      temporaryAccessKey: "ASIA",
    });
  });
});

describe("access keys", () => {
  it("long-term ids: AKIA + 16 base32, unique", () => {
    const ids = unique(accessKeyId);
    assert.equal(ids.size, N);
    for (const id of ids) {
      assert.match(id, /^AKIA[A-Z2-7]{16}$/);
      assert.ok(looksLikeAccessKeyId(id));
      assert.ok(!isTemporaryAccessKeyId(id));
    }
  });

  it("temporary ids: ASIA + 16 base32", () => {
    for (const id of unique(temporaryAccessKeyId)) {
      assert.match(id, /^ASIA[A-Z2-7]{16}$/);
      assert.ok(looksLikeAccessKeyId(id));
      assert.ok(isTemporaryAccessKeyId(id));
    }
  });

  it("secrets: 40 characters of [A-Za-z0-9/+], unique", () => {
    const secrets = unique(accessKeySecret);
    assert.equal(secrets.size, N);
    for (const s of secrets) assert.match(s, /^[A-Za-z0-9/+]{40}$/);
  });

  it("looksLikeAccessKeyId refuses other shapes", () => {
    assert.ok(looksLikeAccessKeyId("AKIAIOSFODNN7EXAMPLE"));
    for (const bad of [
      "AKIAIOSFODNN7EXAMPL",
      "AKIAIOSFODNN7EXAMPLEX",
      "akiaiosfodnn7example",
      "AIDAIOSFODNN7EXAMPLE",
      "AKIAIOSFODNN1EXAMPLE",
      "",
    ]) {
      assert.ok(!looksLikeAccessKeyId(bad), bad);
    }
  });
});

describe("account ids", () => {
  it("12 digits, unique, recognised", () => {
    const ids = unique(accountId);
    assert.ok(ids.size > N - 2);
    for (const id of ids) {
      assert.match(id, /^\d{12}$/);
      assert.ok(isAccountId(id));
    }
  });

  it("isAccountId refuses other text", () => {
    assert.ok(isAccountId("123456789012"));
    assert.ok(isAccountId("012345678901"));
    for (const bad of [
      "12345678901",
      "1234567890123",
      "12345678901a",
      "aws",
      " 123456789012",
      "",
    ]) {
      assert.ok(!isAccountId(bad), bad);
    }
  });
});
