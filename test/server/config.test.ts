import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CreateUserCommand } from "@aws-sdk/client-iam";
import { DEFAULT_PORT, parseConfig, type ServerConfig } from "../../src/server/config.js";
import { failure, useServer } from "./harness.js";

function ok(args: string[], env: Record<string, string> = {}): ServerConfig {
  const config = parseConfig(args, env);
  if ("error" in config) throw new Error(config.error);
  return config;
}

describe("server configuration (options, each also an environment variable)", () => {
  test("defaults", () => {
    const c = ok([]);
    assert.equal(c.host, "127.0.0.1");
    assert.equal(c.port, DEFAULT_PORT);
    assert.equal(c.dataDir, "./data");
    assert.equal(c.ephemeral, false);
    assert.equal(c.databaseUrl, undefined);
    assert.deepEqual(c.quotas, {});
  });
  test("options override the environment, in both spellings", () => {
    const env = { GATEHOUSE_PORT: "9000", GATEHOUSE_HOST: "0.0.0.0", GATEHOUSE_DATA_DIR: "/tmp/x" };
    const fromEnv = ok([], env);
    assert.deepEqual([fromEnv.port, fromEnv.host, fromEnv.dataDir], [9000, "0.0.0.0", "/tmp/x"]);
    const both = ok(["--port", "9100", "--data-dir=/tmp/y", "--ephemeral"], env);
    assert.deepEqual([both.port, both.dataDir, both.ephemeral], [9100, "/tmp/y", true]);
  });
  test("quotas from --quota and GATEHOUSE_QUOTAS", () => {
    const c = ok(["--quota", "users=10", "--quota=groupsPerUser=3"], {
      GATEHOUSE_QUOTAS: "users=5,roles=7",
    });
    assert.deepEqual(c.quotas, { users: "10", roles: "7", groupsPerUser: "3" });
  });
  test("root keys as AWS issues them, and test suites' own", () => {
    const accepted: [string, string][] = [
      ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
      ["AKIAIOSFODNN7EXAMPLE", "ab+/cdefghijklmnopqrstuvwxyz0123456789+/"],
      ["FOOBARKEY_1234567", "FOOBARSECRET"],
      ["A".repeat(128), "!#$%&'()*+,-./:;<=>?@[]^_`{|}~"],
    ];
    for (const [id, secret] of accepted) {
      const c = ok([], {
        GATEHOUSE_ROOT_ACCESS_KEY_ID: id,
        GATEHOUSE_ROOT_SECRET_ACCESS_KEY: secret,
      });
      assert.equal(c.rootAccessKeyId, id);
      assert.equal(c.rootSecretAccessKey, secret);
    }
  });
  test("a refused secret is not echoed", () => {
    const result = parseConfig([], {
      GATEHOUSE_ROOT_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
      GATEHOUSE_ROOT_SECRET_ACCESS_KEY: "s3cret with space",
    });
    assert.ok("error" in result);
    assert.ok(!result.error.includes("s3cret"));
  });
  test("bad values are refused with a message", () => {
    const errors: [string[], Record<string, string>, RegExp][] = [
      [["--port", "70000"], {}, /port number/],
      [["--port"], {}, /needs a value/],
      [["--frobnicate"], {}, /unknown option/],
      [["--quota", "users"], {}, /NAME=VALUE/],
      [[], { GATEHOUSE_ACCOUNT_ID: "123" }, /12 digits/],
      [[], { GATEHOUSE_ROOT_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE" }, /both/],
      [
        [],
        {
          GATEHOUSE_ROOT_ACCESS_KEY_ID: "AKIA-XXXXXXXXXXXXXXX",
          GATEHOUSE_ROOT_SECRET_ACCESS_KEY: "s",
        },
        /ACCESS_KEY_ID must be 16 to 128 letters, digits or underscores/,
      ],
      [
        [],
        { GATEHOUSE_ROOT_ACCESS_KEY_ID: "AKIASHORT", GATEHOUSE_ROOT_SECRET_ACCESS_KEY: "s" },
        /16 to 128/,
      ],
      [
        [],
        { GATEHOUSE_ROOT_ACCESS_KEY_ID: "A".repeat(129), GATEHOUSE_ROOT_SECRET_ACCESS_KEY: "s" },
        /16 to 128/,
      ],
      [
        [],
        {
          GATEHOUSE_ROOT_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
          GATEHOUSE_ROOT_SECRET_ACCESS_KEY: "has space",
        },
        /SECRET_ACCESS_KEY must be printable ASCII without spaces/,
      ],
      [
        [],
        {
          GATEHOUSE_ROOT_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
          GATEHOUSE_ROOT_SECRET_ACCESS_KEY: "caf\u00e9",
        },
        /printable ASCII/,
      ],
      [["--database-url", "mysql://x"], {}, /postgres/],
      [["--workers", "0"], {}, /--workers must be a whole number from 1 to 999, or auto/],
      [["--workers", "many"], {}, /--workers must be/],
      [[], { GATEHOUSE_WORKERS: "1.5" }, /--workers must be/],
      [["--ephemeral", "--workers", "2"], {}, /takes no --workers/],
      [["--ephemeral=maybe"], {}, /true or false/],
    ];
    for (const [args, env, message] of errors) {
      const result = parseConfig(args, env);
      assert.ok("error" in result, `${args.join(" ")} should be refused`);
      assert.match(result.error, message);
    }
  });
});

describe("a configured quota is enforced with AWS's LimitExceeded", () => {
  const srv = useServer({ quotas: { users: "2" } });
  test("users=2: the third user is refused", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "one" }));
    await iam.send(new CreateUserCommand({ UserName: "two" }));
    const third = await failure(iam.send(new CreateUserCommand({ UserName: "three" })));
    assert.deepEqual(third, {
      name: "LimitExceededException",
      message: "Cannot exceed quota for UsersPerAccount: 2",
      status: 409,
    });
  });
});
