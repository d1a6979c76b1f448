import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateAccountAliasCommand,
  CreateUserCommand,
  DeleteAccountAliasCommand,
  ListAccountAliasesCommand,
} from "@aws-sdk/client-iam";
import { resolveSignInAccount, signInPath } from "../../src/iam/account-aliases.js";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer();
const OTHER = "210987654321";

const PATTERN = "[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]";
const BAD_PATTERN = `Value at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ${PATTERN}`;

async function secondAccountWithAlias(alias: string): Promise<void> {
  await srv.server.store.write(OTHER, async (tx) => {
    const at = new Date().toISOString();
    await tx.insertInto("accounts").values({ id: OTHER, created_at: at }).execute();
    await tx
      .insertInto("account_aliases")
      .values({ alias, account_id: OTHER, created_at: at })
      .execute();
  });
}

describe("account aliases", () => {
  beforeEach(() => srv.reset());

  test("list, create, replace, delete", async () => {
    const iam = srv.iam();
    const empty = await iam.send(new ListAccountAliasesCommand({}));
    assert.deepEqual(empty.AccountAliases, []);
    assert.equal(empty.IsTruncated, false);
    assert.equal(empty.Marker, undefined);

    await iam.send(new CreateAccountAliasCommand({ AccountAlias: "my-company" }));
    assert.deepEqual((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases, [
      "my-company",
    ]);
    assert.deepEqual(
      await failure(iam.send(new CreateAccountAliasCommand({ AccountAlias: "my-company" }))),
      {
        name: "EntityAlreadyExistsException",
        message: "The account alias my-company already exists.",
        status: 409,
      },
    );
    // One alias per account: a free one replaces it.
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: "my-company-2" }));
    const one = await iam.send(new ListAccountAliasesCommand({ MaxItems: 1 }));
    assert.deepEqual(one.AccountAliases, ["my-company-2"]);
    assert.equal(one.IsTruncated, false);

    assert.deepEqual(
      await failure(iam.send(new DeleteAccountAliasCommand({ AccountAlias: "my-company" }))),
      {
        name: "NoSuchEntityException",
        message: "The account alias my-company cannot be found.",
        status: 404,
      },
    );
    await iam.send(new DeleteAccountAliasCommand({ AccountAlias: "my-company-2" }));
    assert.deepEqual((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases, []);
  });

  test("each broken rule answers AWS's validation error", async () => {
    const iam = srv.iam();
    const cases: [string, string][] = [
      [
        "ab",
        `2 validation errors detected: ${BAD_PATTERN}; Value at 'accountAlias' failed to ` +
          "satisfy constraint: Member must have length greater than or equal to 3",
      ],
      [
        "a".repeat(64),
        `2 validation errors detected: ${BAD_PATTERN}; Value at ` +
          "'accountAlias' failed to satisfy constraint: Member must have length less than or equal to 63",
      ],
      ["-abc", `1 validation error detected: ${BAD_PATTERN}`],
      ["abc-", `1 validation error detected: ${BAD_PATTERN}`],
      ["ab--cd", `1 validation error detected: ${BAD_PATTERN}`],
      ["My-Alias", `1 validation error detected: ${BAD_PATTERN}`],
      ["my_alias", `1 validation error detected: ${BAD_PATTERN}`],
    ];
    for (const [alias, message] of cases) {
      assert.deepEqual(
        await failure(iam.send(new CreateAccountAliasCommand({ AccountAlias: alias }))),
        { name: "ValidationError", message, status: 400 },
        alias,
      );
    }
    assert.deepEqual(
      await failure(iam.send(new DeleteAccountAliasCommand({ AccountAlias: "-abc" }))),
      {
        name: "ValidationError",
        message: `1 validation error detected: ${BAD_PATTERN}`,
        status: 400,
      },
    );
    // The edges that pass: 3 and 63 characters, inner single hyphens, digits.
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: "a-1" }));
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: `0${"-a".repeat(31)}` }));
  });

  test("unique across accounts; the sign-in page resolves an alias or an account id", async () => {
    const iam = srv.iam();
    await secondAccountWithAlias("taken-elsewhere");
    assert.deepEqual(
      await failure(iam.send(new CreateAccountAliasCommand({ AccountAlias: "taken-elsewhere" }))),
      {
        name: "EntityAlreadyExistsException",
        message: "The account alias taken-elsewhere already exists.",
        status: 409,
      },
    );
    assert.deepEqual((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases, []);
    assert.deepEqual(
      await failure(iam.send(new DeleteAccountAliasCommand({ AccountAlias: "taken-elsewhere" }))),
      {
        name: "NoSuchEntityException",
        message: "The account alias taken-elsewhere cannot be found.",
        status: 404,
      },
    );
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: "ours" }));

    const db = srv.server.store.db;
    assert.deepEqual(await resolveSignInAccount(db, "ours"), { accountId: ACCOUNT, alias: "ours" });
    assert.deepEqual(await resolveSignInAccount(db, ACCOUNT), {
      accountId: ACCOUNT,
      alias: "ours",
    });
    assert.deepEqual(await resolveSignInAccount(db, "taken-elsewhere"), {
      accountId: OTHER,
      alias: "taken-elsewhere",
    });
    assert.equal(await resolveSignInAccount(db, "nobody-here"), undefined);
    assert.equal(await resolveSignInAccount(db, "999999999999"), undefined);
    await iam.send(new DeleteAccountAliasCommand({ AccountAlias: "ours" }));
    assert.deepEqual(await resolveSignInAccount(db, ACCOUNT), { accountId: ACCOUNT });

    assert.equal(signInPath("ours"), "/signin/ours");
    assert.equal(signInPath(ACCOUNT), `/signin/${ACCOUNT}`);
  });

  test("a bad Marker, and a user without permission", async () => {
    const iam = srv.iam();
    assert.deepEqual(
      await failure(iam.send(new ListAccountAliasesCommand({ Marker: "nonsense" }))),
      { name: "ValidationError", message: "Invalid Marker.", status: 400 },
    );
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const created = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    const bob = srv.iam({
      accessKeyId: created.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
    });
    assert.deepEqual(
      await failure(bob.send(new CreateAccountAliasCommand({ AccountAlias: "bobs" }))),
      {
        name: "AccessDenied",
        message:
          `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: iam:CreateAccountAlias ` +
          "because no identity-based policy allows the iam:CreateAccountAlias action",
        status: 403,
      },
    );
  });
});
