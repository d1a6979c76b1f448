/**
 * Session tags with AssumeRole: sts:TagSession in the trust policy (and
 * aws:RequestTag / aws:TagKeys / sts:TransitiveTagKeys conditions), the
 * tags as aws:PrincipalTag in the session's requests (over the role's own
 * tags), transitive tags through role chaining, and AWS's errors for
 * duplicate keys, transitive keys that are not tags, overriding a
 * transitive tag, reserved keys and tags too large to pack.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { ListUsersCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, type Tag } from "@aws-sdk/client-sts";
import { failure, useServer } from "../server/harness.js";
import { assume, makeRole, permit, trust, userArnOf } from "./assume-role-helpers.js";
import { iamClient, stsClient, userWithKeys } from "./helpers.js";

const srv = useServer();

const TAGGING = ["sts:AssumeRole", "sts:TagSession"];
const INVALID = (message: string) => ({ name: "InvalidParameterValue", message, status: 400 });

/** A role whose permission needs aws:PrincipalTag/team = blue. */
const blueOnly = permit("iam:ListUsers", "*", {
  StringEquals: { "aws:PrincipalTag/team": "blue" },
});

describe("AssumeRole: session tags", () => {
  beforeEach(() => srv.reset());

  test("tags need sts:TagSession in the trust policy", async () => {
    const { keys } = await userWithKeys(srv, "ann");
    const role = await makeRole(srv, "untaggable", trust({ AWS: userArnOf("ann") }));
    assert.deepEqual(
      await failure(
        assume(srv, keys, {
          RoleArn: role.arn,
          RoleSessionName: "s1",
          Tags: [{ Key: "team", Value: "blue" }],
        }),
      ),
      {
        name: "AccessDenied",
        message: `User: ${userArnOf("ann")} is not authorized to perform: sts:TagSession on resource: ${role.arn}`,
        status: 403,
      },
    );
    // Without tags the same role is fine.
    await assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "s1" });
  });

  test("the tags are aws:PrincipalTag in the session's requests, over the role's own", async () => {
    const { keys } = await userWithKeys(srv, "bob");
    const role = await makeRole(srv, "abac", trust({ AWS: userArnOf("bob") }, TAGGING), {
      policy: blueOnly,
      tags: [{ Key: "Team", Value: "red" }],
    });
    const blue = await stsClient(srv, keys).send(
      new AssumeRoleCommand({
        RoleArn: role.arn,
        RoleSessionName: "blue",
        Tags: [{ Key: "team", Value: "blue" }],
      }),
    );
    assert.ok((blue.PackedPolicySize ?? 0) >= 1, `PackedPolicySize ${blue.PackedPolicySize}`);
    const creds = blue.Credentials;
    await iamClient(srv, {
      accessKeyId: creds?.AccessKeyId ?? "",
      secretAccessKey: creds?.SecretAccessKey ?? "",
      sessionToken: creds?.SessionToken ?? "",
    }).send(new ListUsersCommand({}));
    // Without the session tag the role's own tag (red) is the principal tag.
    const plain = await assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "plain" });
    assert.equal(
      (await failure(iamClient(srv, plain).send(new ListUsersCommand({})))).name,
      "AccessDenied",
    );
  });

  test("aws:RequestTag, aws:TagKeys and sts:TransitiveTagKeys in the trust policy", async () => {
    const { keys } = await userWithKeys(srv, "cat");
    const document = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { AWS: userArnOf("cat") }, Action: "sts:AssumeRole" },
        {
          Effect: "Allow",
          Principal: { AWS: userArnOf("cat") },
          Action: "sts:TagSession",
          Condition: {
            StringEquals: { "aws:RequestTag/project": ["apollo", "gemini"] },
            "ForAllValues:StringEquals": {
              "aws:TagKeys": ["project", "cost"],
              "sts:TransitiveTagKeys": ["project"],
            },
          },
        },
      ],
    });
    const role = await makeRole(srv, "tag-rules", document);
    const base = { RoleArn: role.arn, RoleSessionName: "s1" };
    await assume(srv, keys, {
      ...base,
      Tags: [
        { Key: "project", Value: "apollo" },
        { Key: "cost", Value: "42" },
      ],
      TransitiveTagKeys: ["project"],
    });
    const refused: Tag[][] = [
      [{ Key: "project", Value: "mercury" }],
      [
        { Key: "project", Value: "apollo" },
        { Key: "owner", Value: "cat" },
      ],
    ];
    for (const tags of refused) {
      const out = await failure(assume(srv, keys, { ...base, Tags: tags }));
      assert.match(out.message, /not authorized to perform: sts:TagSession/);
    }
    const transitive = await failure(
      assume(srv, keys, {
        ...base,
        Tags: [
          { Key: "project", Value: "apollo" },
          { Key: "cost", Value: "1" },
        ],
        TransitiveTagKeys: ["cost"],
      }),
    );
    assert.match(transitive.message, /not authorized to perform: sts:TagSession/);
  });

  test("transitive tags pass down a role chain; others do not; none can be overridden", async () => {
    const { keys } = await userWithKeys(srv, "dan");
    const first = await makeRole(srv, "first", trust({ AWS: userArnOf("dan") }, TAGGING), {
      policy: permit(["sts:AssumeRole", "sts:TagSession"]),
    });
    const second = await makeRole(srv, "second", trust({ AWS: first.arn }, TAGGING), {
      policy: blueOnly,
    });
    const withTransitive = await assume(srv, keys, {
      RoleArn: first.arn,
      RoleSessionName: "one",
      Tags: [
        { Key: "team", Value: "blue" },
        { Key: "note", Value: "x" },
      ],
      TransitiveTagKeys: ["TEAM"],
    });
    const chained = await stsClient(srv, withTransitive).send(
      new AssumeRoleCommand({ RoleArn: second.arn, RoleSessionName: "two" }),
    );
    assert.ok((chained.PackedPolicySize ?? 0) >= 1, "the carried tags are packed too");
    const creds = chained.Credentials;
    await iamClient(srv, {
      accessKeyId: creds?.AccessKeyId ?? "",
      secretAccessKey: creds?.SecretAccessKey ?? "",
      sessionToken: creds?.SessionToken ?? "",
    }).send(new ListUsersCommand({}));

    // Not transitive: team is not carried, so the second role's policy does not allow.
    const notTransitive = await assume(srv, keys, {
      RoleArn: first.arn,
      RoleSessionName: "one",
      Tags: [{ Key: "team", Value: "blue" }],
    });
    const plain = await assume(srv, notTransitive, { RoleArn: second.arn, RoleSessionName: "two" });
    assert.equal(
      (await failure(iamClient(srv, plain).send(new ListUsersCommand({})))).name,
      "AccessDenied",
    );

    const conflict = INVALID(
      "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
    );
    for (const key of ["team", "Team"]) {
      assert.deepEqual(
        await failure(
          assume(srv, withTransitive, {
            RoleArn: second.arn,
            RoleSessionName: "two",
            Tags: [{ Key: key, Value: "red" }],
          }),
        ),
        conflict,
      );
    }
    // A tag that was not transitive may be given again.
    await assume(srv, withTransitive, {
      RoleArn: second.arn,
      RoleSessionName: "two",
      Tags: [{ Key: "note", Value: "y" }],
    });
  });

  test("AWS's errors: duplicate keys, transitive keys not among the tags, reserved keys, size", async () => {
    const { keys } = await userWithKeys(srv, "eve");
    const role = await makeRole(srv, "r", trust({ AWS: userArnOf("eve") }, TAGGING));
    const base = { RoleArn: role.arn, RoleSessionName: "s1" };
    assert.deepEqual(
      await failure(
        assume(srv, keys, {
          ...base,
          Tags: [
            { Key: "SessionTag1", Value: "a" },
            { Key: "sessiontag1", Value: "b" },
          ],
        }),
      ),
      INVALID("Duplicate tag keys found. Please note that Tag keys are case insensitive."),
    );
    assert.deepEqual(
      await failure(
        assume(srv, keys, {
          ...base,
          Tags: [{ Key: "SessionTag1", Value: "a" }],
          TransitiveTagKeys: ["InvalidKey"],
        }),
      ),
      INVALID("The specified transitive tag key must be included in the requested tags."),
    );
    assert.deepEqual(
      await failure(assume(srv, keys, { ...base, TransitiveTagKeys: ["nothing"] })),
      INVALID("The specified transitive tag key must be included in the requested tags."),
    );
    const reserved = await failure(
      assume(srv, keys, { ...base, Tags: [{ Key: "aws:x", Value: "1" }] }),
    );
    assert.equal(reserved.status, 400);
    assert.match(reserved.message, /aws:/);
    // Fifty long tags of random text do not pack.
    const big = Array.from({ length: 50 }, (_, i) => ({
      Key: `k${i}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`,
      Value: Array.from({ length: 8 }, () => Math.random().toString(36).slice(2)).join(""),
    }));
    const packed = await failure(assume(srv, keys, { ...base, Tags: big }));
    // The SDK names the modelled error (wire code PackedPolicyTooLarge).
    assert.equal(packed.name, "PackedPolicyTooLargeException");
    assert.match(packed.message, /^Packed size of session tags consumes \d+% of allotted space\.$/);
    assert.equal(packed.status, 400);
  });
});
