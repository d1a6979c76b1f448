/**
 * OpenID Connect providers through the real AWS SDK against a real server:
 * create, get, list, delete; client ids and thumbprints; tags; AWS's limits,
 * duplicates and bad URLs with AWS's codes and texts; GetAccountSummary's
 * Providers; authorization on the provider's ARN.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateAccessKeyCommand,
  CreateOpenIDConnectProviderCommand,
  CreateUserCommand,
  DeleteOpenIDConnectProviderCommand,
  GetAccountSummaryCommand,
  GetOpenIDConnectProviderCommand,
  ListOpenIDConnectProvidersCommand,
  ListOpenIDConnectProviderTagsCommand,
  PutUserPolicyCommand,
  RemoveClientIDFromOpenIDConnectProviderCommand,
  TagOpenIDConnectProviderCommand,
  UntagOpenIDConnectProviderCommand,
  UpdateOpenIDConnectProviderThumbprintCommand,
  type IAMClient,
  type Tag,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer({ quotas: { openIdConnectProviders: "3" } });

const arnOf = (host: string) => `arn:aws:iam::${ACCOUNT}:oidc-provider/${host}`;
const THUMB_A = "a".repeat(40);
const THUMB_B = "0123456789ABCDEF0123456789abcdef01234567";

async function create(
  iam: IAMClient,
  url: string,
  more: { ClientIDList?: string[]; ThumbprintList?: string[]; Tags?: Tag[] } = {},
) {
  return iam.send(new CreateOpenIDConnectProviderCommand({ Url: url, ...more }));
}

const get = (iam: IAMClient, arn: string) =>
  iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));

const invalidInput = (message: string) => ({
  name: "InvalidInputException",
  message,
  status: 400,
});

describe("OpenID Connect providers", () => {
  beforeEach(() => srv.reset());

  test("create, get, list, delete", async () => {
    const iam = srv.iam();
    const started = Date.now();
    const made = await create(iam, "https://token.actions.githubusercontent.com", {
      ClientIDList: ["sts.amazonaws.com"],
      ThumbprintList: [THUMB_A],
    });
    const arn = arnOf("token.actions.githubusercontent.com");
    assert.equal(made.OpenIDConnectProviderArn, arn);
    assert.equal(made.Tags, undefined);
    const got = await get(iam, arn);
    assert.equal(got.Url, "token.actions.githubusercontent.com");
    assert.deepEqual(got.ClientIDList, ["sts.amazonaws.com"]);
    assert.deepEqual(got.ThumbprintList, [THUMB_A]);
    assert.deepEqual(got.Tags, []);
    assert.ok(got.CreateDate instanceof Date);
    assert.ok(Math.abs((got.CreateDate?.getTime() ?? 0) - started) < 5_000);

    // Thumbprints are optional; a path is part of the URL (and of the ARN).
    const bare = await create(iam, "https://idp.example.com/realms/main");
    assert.equal(bare.OpenIDConnectProviderArn, arnOf("idp.example.com/realms/main"));
    const bareGot = await get(iam, arnOf("idp.example.com/realms/main"));
    assert.equal(bareGot.Url, "idp.example.com/realms/main");
    assert.deepEqual(bareGot.ClientIDList, []);
    assert.deepEqual(bareGot.ThumbprintList, []);

    const list = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    assert.deepEqual(
      list.OpenIDConnectProviderList?.map((p) => p.Arn),
      [arnOf("idp.example.com/realms/main"), arn],
    );

    await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    assert.deepEqual(await failure(get(iam, arn)), {
      name: "NoSuchEntityException",
      message: `OpenIDConnect Provider not found for arn ${arn}`,
      status: 404,
    });
    // Deleting it again is an error, with another text than Get's.
    assert.deepEqual(
      await failure(
        iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn })),
      ),
      {
        name: "NoSuchEntityException",
        message: `OpenId connect Provider ${arn} cannot be found.`,
        status: 404,
      },
    );
    const after = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    assert.deepEqual(
      after.OpenIDConnectProviderList?.map((p) => p.Arn),
      [arnOf("idp.example.com/realms/main")],
    );
  });

  test("one provider per URL; URLs are case-sensitive and kept as given", async () => {
    const iam = srv.iam();
    await create(iam, "https://dup.example.com");
    assert.deepEqual(await failure(create(iam, "https://dup.example.com")), {
      name: "EntityAlreadyExistsException",
      message: "Provider with url https://dup.example.com already exists.",
      status: 409,
    });
    await create(iam, "https://DUP.example.com");
    const slash = await create(iam, "https://dup.example.com/");
    assert.equal(slash.OpenIDConnectProviderArn, arnOf("dup.example.com/"));
    const list = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    assert.equal(list.OpenIDConnectProviderList?.length, 3);
  });

  test("bad URLs: AWS's ValidationError", async () => {
    const iam = srv.iam();
    const invalid = {
      name: "ValidationError",
      message: "Invalid Open ID Connect Provider URL",
      status: 400,
    };
    for (const url of [
      "example.org",
      "http://example.org",
      "HTTPS://example.org",
      "https://",
      "https:///path",
      "https://example.org?x=1",
      "https://example.org/#f",
      "https://user@example.org",
      "https://exa mple.org",
    ]) {
      assert.deepEqual(await failure(create(iam, url)), invalid, url);
    }
    const long = await failure(create(iam, `https://${"b".repeat(248)}`));
    assert.equal(long.name, "ValidationError");
    assert.equal(long.status, 400);
    assert.match(
      long.message,
      /at 'url' failed to satisfy constraint: Member must have length less than or equal to 255/,
    );
    // A port is accepted (AWS says a URL "should not" have one).
    const port = await create(iam, "https://127.0.0.1:8443");
    assert.equal(port.OpenIDConnectProviderArn, arnOf("127.0.0.1:8443"));
  });

  test("client ids: added, added again, removed, removed again; at most 100", async () => {
    const iam = srv.iam();
    const arn = (await create(iam, "https://clients.example.com", { ClientIDList: ["a"] }))
      .OpenIDConnectProviderArn as string;
    const add = (id: string) =>
      iam.send(
        new AddClientIDToOpenIDConnectProviderCommand({
          OpenIDConnectProviderArn: arn,
          ClientID: id,
        }),
      );
    const remove = (id: string) =>
      iam.send(
        new RemoveClientIDFromOpenIDConnectProviderCommand({
          OpenIDConnectProviderArn: arn,
          ClientID: id,
        }),
      );
    await add("b");
    await add("b");
    assert.deepEqual((await get(iam, arn)).ClientIDList, ["a", "b"]);
    await remove("a");
    await remove("a");
    assert.deepEqual((await get(iam, arn)).ClientIDList, ["b"]);
    for (let i = 1; i < 100; i++) await add(`c${i}`);
    assert.equal((await get(iam, arn)).ClientIDList?.length, 100);
    const limit = {
      name: "LimitExceededException",
      message: "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100",
      status: 409,
    };
    assert.deepEqual(await failure(add("one-more")), limit);
    await add("b"); // already there: no error at the limit
    assert.deepEqual(
      await failure(
        create(iam, "https://many.example.com", {
          ClientIDList: Array.from({ length: 101 }, (_, i) => String(i)),
          ThumbprintList: [THUMB_A],
        }),
      ),
      limit,
    );
    const missing = arnOf("nowhere.example.com");
    assert.deepEqual(
      await failure(
        iam.send(
          new AddClientIDToOpenIDConnectProviderCommand({
            OpenIDConnectProviderArn: missing,
            ClientID: "x",
          }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: `OpenIDConnect Provider not found for arn ${missing}`,
        status: 404,
      },
    );
  });

  test("thumbprints: replaced whole, at most 5, 40 hex digits each", async () => {
    const iam = srv.iam();
    const arn = (await create(iam, "https://thumbs.example.com", { ThumbprintList: [THUMB_A] }))
      .OpenIDConnectProviderArn as string;
    const update = (list: string[]) =>
      iam.send(
        new UpdateOpenIDConnectProviderThumbprintCommand({
          OpenIDConnectProviderArn: arn,
          ThumbprintList: list,
        }),
      );
    await update([THUMB_B, "c".repeat(40)]);
    assert.deepEqual((await get(iam, arn)).ThumbprintList, [THUMB_B, "c".repeat(40)]);
    const five = ["a", "b", "c", "d", "e"].map((c) => c.repeat(40));
    await update(five);
    assert.deepEqual((await get(iam, arn)).ThumbprintList, five);
    const tooMany = invalidInput("Thumbprint list must contain fewer than 5 entries.");
    assert.deepEqual(await failure(update([...five, "f".repeat(40)])), tooMany);
    assert.deepEqual(
      await failure(
        create(iam, "https://six.example.com", { ThumbprintList: [...five, "0".repeat(40)] }),
      ),
      tooMany,
    );
    assert.deepEqual(
      await failure(update(["g".repeat(40)])),
      invalidInput(`Thumbprint ${"g".repeat(40)} is not a valid thumbprint.`),
    );
    const short = await failure(update(["a".repeat(39)]));
    assert.equal(short.name, "ValidationError");
    assert.deepEqual((await get(iam, arn)).ThumbprintList, five);
  });

  test("the providers quota, and GetAccountSummary's Providers", async () => {
    const iam = srv.iam();
    const summary = async () =>
      (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap?.["Providers"];
    assert.equal(await summary(), 0);
    for (const host of ["a", "b", "c"]) await create(iam, `https://${host}.example.com`);
    assert.equal(await summary(), 3);
    assert.deepEqual(await failure(create(iam, "https://d.example.com")), {
      name: "LimitExceededException",
      message: "Cannot exceed quota for OpenIdConnectProvidersPerAccount: 3",
      status: 409,
    });
    await iam.send(
      new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arnOf("a.example.com") }),
    );
    assert.equal(await summary(), 2);
    await create(iam, "https://d.example.com");
  });

  test("tags: at creation, tag, untag, list by pages, the limit", async () => {
    const iam = srv.iam();
    const made = await create(iam, "https://tags.example.com", {
      Tags: [
        { Key: "k1", Value: "v1" },
        { Key: "k2", Value: "v2" },
      ],
    });
    const arn = made.OpenIDConnectProviderArn as string;
    assert.deepEqual(made.Tags, [
      { Key: "k1", Value: "v1" },
      { Key: "k2", Value: "v2" },
    ]);
    await iam.send(
      new TagOpenIDConnectProviderCommand({
        OpenIDConnectProviderArn: arn,
        Tags: [
          { Key: "K1", Value: "new" },
          { Key: "k3", Value: "v3" },
        ],
      }),
    );
    await iam.send(
      new UntagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, TagKeys: ["k2"] }),
    );
    assert.deepEqual((await get(iam, arn)).Tags, [
      { Key: "K1", Value: "new" },
      { Key: "k3", Value: "v3" },
    ]);
    const first = await iam.send(
      new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: arn, MaxItems: 1 }),
    );
    assert.deepEqual(first.Tags, [{ Key: "K1", Value: "new" }]);
    assert.equal(first.IsTruncated, true);
    const rest = await iam.send(
      new ListOpenIDConnectProviderTagsCommand({
        OpenIDConnectProviderArn: arn,
        Marker: first.Marker,
      }),
    );
    assert.deepEqual(rest.Tags, [{ Key: "k3", Value: "v3" }]);
    assert.equal(rest.IsTruncated, false);

    const full = await create(iam, "https://full.example.com", {
      Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" })),
    });
    assert.deepEqual(
      await failure(
        iam.send(
          new TagOpenIDConnectProviderCommand({
            OpenIDConnectProviderArn: full.OpenIDConnectProviderArn,
            Tags: [{ Key: "string", Value: "string" }],
          }),
        ),
      ),
      {
        name: "LimitExceededException",
        message: "The number of tags has reached the maximum limit.",
        status: 409,
      },
    );
    assert.deepEqual(
      await failure(
        iam.send(
          new TagOpenIDConnectProviderCommand({
            OpenIDConnectProviderArn: arn,
            Tags: [{ Key: "aws:reserved", Value: "x" }],
          }),
        ),
      ),
      invalidInput(
        "User-defined tag keys can't start with 'aws:', as this prefix is reserved for AWS.",
      ),
    );
    const missing = arnOf("nowhere.example.com");
    assert.deepEqual(
      await failure(
        iam.send(new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: missing })),
      ),
      {
        name: "NoSuchEntityException",
        message: `OpenIDConnect Provider not found for arn ${missing}`,
        status: 404,
      },
    );
    // Deleting a provider drops its tags: one made again at that URL has none.
    await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    await create(iam, "https://tags.example.com");
    assert.deepEqual((await get(iam, arn)).Tags, []);
  });

  test("authorization is on the provider's ARN (the one it will have, to create it)", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    const allowed = arnOf("allowed.example.com");
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "bob",
        PolicyName: "oidc",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: [
                "iam:CreateOpenIDConnectProvider",
                "iam:GetOpenIDConnectProvider",
                "iam:TagOpenIDConnectProvider",
              ],
              Resource: allowed,
            },
            {
              Effect: "Deny",
              Action: "iam:TagOpenIDConnectProvider",
              Resource: "*",
              Condition: { StringEquals: { "aws:RequestTag/team": "other" } },
            },
          ],
        }),
      }),
    );
    const bob = srv.iam({
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    });
    await create(bob, "https://allowed.example.com");
    assert.equal((await get(bob, allowed)).Url, "allowed.example.com");
    await create(iam, "https://other.example.com");
    const denied = (action: string, resource: string) => ({
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: ${action} on resource: ` +
        `${resource} because no identity-based policy allows the ${action} action`,
      status: 403,
    });
    assert.deepEqual(
      await failure(create(bob, "https://elsewhere.example.com")),
      denied("iam:CreateOpenIDConnectProvider", arnOf("elsewhere.example.com")),
    );
    assert.deepEqual(
      await failure(get(bob, arnOf("other.example.com"))),
      denied("iam:GetOpenIDConnectProvider", arnOf("other.example.com")),
    );
    const tag = (team: string) =>
      bob.send(
        new TagOpenIDConnectProviderCommand({
          OpenIDConnectProviderArn: allowed,
          Tags: [{ Key: "team", Value: team }],
        }),
      );
    await tag("mine");
    const explicit = await failure(tag("other"));
    assert.equal(explicit.name, "AccessDenied");
    assert.match(explicit.message, /with an explicit deny in an identity-based policy$/);
    const listing = await failure(bob.send(new ListOpenIDConnectProvidersCommand({})));
    assert.equal(listing.name, "AccessDenied");
    assert.equal(listing.status, 403);
  });
});
