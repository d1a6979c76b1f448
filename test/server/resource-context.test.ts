import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateOpenIDConnectProviderCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  GetOpenIDConnectProviderCommand,
  GetUserCommand,
  ListMFADeviceTagsCommand,
  PutUserPolicyCommand,
  TagUserCommand,
  UpdateUserCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type Keys } from "./harness.js";

const srv = useServer();

describe("authorization sees the resource as AWS does: its real ARN and its tags", () => {
  let bob: Keys;
  before(async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    bob = {
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    };
    await iam.send(new CreateUserCommand({ UserName: "alice", Path: "/eng/" }));
    await iam.send(
      new TagUserCommand({ UserName: "alice", Tags: [{ Key: "team", Value: "blue" }] }),
    );
    await iam.send(new CreateUserCommand({ UserName: "carol", Path: "/eng/" }));
    await iam.send(new CreateUserCommand({ UserName: "dave", Path: "/ops/" }));
    await iam.send(
      new TagUserCommand({ UserName: "dave", Tags: [{ Key: "team", Value: "blue" }] }),
    );
  });

  test("a Resource with a path matches users by their stored path (IAM User Guide: reference_identifiers)", async () => {
    await srv.iam().send(
      new PutUserPolicyCommand({
        UserName: "bob",
        PolicyName: "eng",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:GetUser",
              Resource: `arn:aws:iam::${ACCOUNT}:user/eng/*`,
            },
          ],
        }),
      }),
    );
    const iam = srv.iam(bob);
    assert.equal((await iam.send(new GetUserCommand({ UserName: "carol" }))).User?.Path, "/eng/");
    const denied = await failure(iam.send(new GetUserCommand({ UserName: "dave" })));
    assert.equal(denied.name, "AccessDenied");
    assert.equal(
      denied.message,
      `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: iam:GetUser on resource: arn:aws:iam::${ACCOUNT}:user/ops/dave because no identity-based policy allows the iam:GetUser action`,
    );
  });

  test("aws:ResourceTag/… and iam:ResourceTag/… carry the target user's tags (IAM User Guide: access_iam-tags)", async () => {
    await srv.iam().send(
      new PutUserPolicyCommand({
        UserName: "bob",
        PolicyName: "eng",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:GetUser",
              Resource: "*",
              Condition: {
                StringEquals: { "aws:ResourceTag/team": "blue", "iam:ResourceTag/team": "blue" },
              },
            },
          ],
        }),
      }),
    );
    const iam = srv.iam(bob);
    assert.equal(
      (await iam.send(new GetUserCommand({ UserName: "alice" }))).User?.UserName,
      "alice",
    );
    assert.equal((await iam.send(new GetUserCommand({ UserName: "dave" }))).User?.UserName, "dave");
    assert.equal(
      (await failure(iam.send(new GetUserCommand({ UserName: "carol" })))).name,
      "AccessDenied",
    );
  });
});

describe("virtual MFA devices and OIDC providers, named by ARN, carry their tags too", () => {
  test("aws:ResourceTag/… reaches GetOpenIDConnectProvider and ListMFADeviceTags", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "tagreader" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "tagreader" }));
    const reader = srv.iam({
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    });
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "tagreader",
        PolicyName: "blue-only",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["iam:GetOpenIDConnectProvider", "iam:ListMFADeviceTags"],
              Resource: "*",
              Condition: { StringEquals: { "aws:ResourceTag/team": "blue" } },
            },
          ],
        }),
      }),
    );
    const blue = [{ Key: "team", Value: "blue" }];
    const red = [{ Key: "team", Value: "red" }];
    const provider = async (host: string, tags: typeof blue): Promise<string> =>
      (
        await iam.send(
          new CreateOpenIDConnectProviderCommand({
            Url: `https://${host}`,
            ClientIDList: ["app"],
            ThumbprintList: ["a".repeat(40)],
            Tags: tags,
          }),
        )
      ).OpenIDConnectProviderArn ?? "";
    const device = async (name: string, tags: typeof blue): Promise<string> =>
      (
        await iam.send(
          new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name, Tags: tags }),
        )
      ).VirtualMFADevice?.SerialNumber ?? "";
    const blueIdp = await provider("blue.example.com", blue);
    const redIdp = await provider("red.example.com", red);
    const blueMfa = await device("blue-device", blue);
    const redMfa = await device("red-device", red);

    const got = await reader.send(
      new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: blueIdp }),
    );
    assert.equal(got.Url, "blue.example.com");
    assert.equal(
      (
        await failure(
          reader.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: redIdp })),
        )
      ).name,
      "AccessDenied",
    );
    const tags = await reader.send(new ListMFADeviceTagsCommand({ SerialNumber: blueMfa }));
    assert.deepEqual(tags.Tags, blue);
    assert.equal(
      (await failure(reader.send(new ListMFADeviceTagsCommand({ SerialNumber: redMfa })))).name,
      "AccessDenied",
    );
  });
});

describe("a rename or move needs the permission on the new name too (IAM API Reference: UpdateUser, UpdateGroup)", () => {
  test("UpdateUser to a name outside the allowed path is refused, naming the target", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "mover" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "mover" }));
    const keys = {
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    };
    await iam.send(new CreateUserCommand({ UserName: "eve", Path: "/eng/" }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "mover",
        PolicyName: "eng-only",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:UpdateUser",
              Resource: `arn:aws:iam::${ACCOUNT}:user/eng/*`,
            },
          ],
        }),
      }),
    );
    const mover = srv.iam(keys);
    await mover.send(new UpdateUserCommand({ UserName: "eve", NewUserName: "eve2" }));
    const out = await failure(
      mover.send(new UpdateUserCommand({ UserName: "eve2", NewPath: "/ops/" })),
    );
    assert.equal(out.name, "AccessDenied");
    assert.match(
      out.message,
      new RegExp(`on resource: arn:aws:iam::${ACCOUNT}:user/ops/eve2 because`),
    );
    assert.equal((await iam.send(new GetUserCommand({ UserName: "eve2" }))).User?.Path, "/eng/");
  });
});
