/**
 * The console's JSON API for actions: the same action table, the same input
 * validation (AWS's messages, as the Query API answers them), the same
 * authorization with the signed-in principal's policies (AccessDenied with
 * AWS's message; aws:MultiFactorAuthPresent from the sign-in), JSON output.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  CreatePolicyCommand,
  CreateUserCommand,
  AttachUserPolicyCommand,
  GetUserCommand,
} from "@aws-sdk/client-iam";
import { failure } from "../server/harness.js";
import {
  ACCOUNT,
  ConsoleClient,
  createUser,
  enrolMfa,
  rootClient,
  useConsoleServer,
} from "./harness.js";

const server = useConsoleServer();

type ErrorBody = { error: { code: string; message: string; type: string } };

describe("the console's JSON API", () => {
  test("dispatches into the action table: input by AWS's member names, output as JSON", async () => {
    const root = await rootClient(server.url);
    const created = await root.call("CreateUser", {
      UserName: "json-user",
      Path: "/team/",
      Tags: [{ Key: "team", Value: "blue" }],
    });
    assert.equal(created.status, 200, created.text);
    const user = created.json<{ User: Record<string, unknown> }>().User;
    assert.equal(user.Arn, `arn:aws:iam::${ACCOUNT}:user/team/json-user`);
    assert.match(String(user.CreateDate), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(user.Tags, [{ Key: "team", Value: "blue" }]);
    const listed = await root.call("ListUsers", { PathPrefix: "/team/", MaxItems: 10 });
    assert.deepEqual(
      listed.json<{ Users: { UserName: string }[] }>().Users.map((u) => u.UserName),
      ["json-user"],
    );
    assert.equal(listed.json().IsTruncated, false);
    // The SDK sees what the console made.
    const seen = await server.iam().send(new GetUserCommand({ UserName: "json-user" }));
    assert.equal(seen.User?.Path, "/team/");
  });

  test("policy documents come back as JSON text, not URL-encoded; blobs as base64", async () => {
    const root = await rootClient(server.url);
    const document = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:Get*", Resource: "*" }],
    });
    await server
      .iam()
      .send(new CreatePolicyCommand({ PolicyName: "json-doc", PolicyDocument: document }));
    const version = await root.call("GetPolicyVersion", {
      PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/json-doc`,
      VersionId: "v1",
    });
    const doc = version.json<{ PolicyVersion: { Document: string } }>().PolicyVersion.Document;
    assert.deepEqual(JSON.parse(doc), JSON.parse(document));
    const mfa = await root.call("CreateVirtualMFADevice", { VirtualMFADeviceName: "json-blob" });
    const device = mfa.json<{ VirtualMFADevice: { Base32StringSeed: string; QRCodePNG: string } }>()
      .VirtualMFADevice;
    assert.match(Buffer.from(device.Base32StringSeed, "base64").toString(), /^[A-Z2-7]{64}$/);
    assert.equal(Buffer.from(device.QRCodePNG, "base64").subarray(1, 4).toString(), "PNG");
  });

  test("bad input gets the Query API's own errors", async () => {
    const root = await rootClient(server.url);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ UserName: "bad name" }, "ValidationError", /Value at 'userName' failed/],
      [{}, "ValidationError", /Value null at 'userName' failed to satisfy constraint/],
      [{ UserName: "ok", Tags: "nope" }, "InvalidParameterValue", /Tags/],
      [{ UserName: ["x"] }, "InvalidParameterValue", /UserName/],
    ];
    for (const [input, expected, message] of cases) {
      const res = await root.call("CreateUser", input);
      assert.equal(res.status, 400, JSON.stringify(input));
      assert.equal(res.json<ErrorBody>().error.code, expected, JSON.stringify(input));
      assert.match(res.json<ErrorBody>().error.message, message);
    }
    const sdk = await failure(server.iam().send(new CreateUserCommand({ UserName: "bad name" })));
    const viaConsole = await root.call("CreateUser", { UserName: "bad name" });
    assert.equal(viaConsole.json<ErrorBody>().error.message, sdk.message);
    const unknown = await root.call("FrobnicateUser", {});
    assert.equal(unknown.json<ErrorBody>().error.code, "InvalidAction");
    const sts = await root.post("/console/api/call/sts/GetCallerIdentity", {});
    assert.equal(sts.status, 404);
    const notObject = await root.post("/console/api/call/iam/ListUsers", [1, 2]);
    assert.equal(notObject.status, 400);
  });

  test("a user with IAMReadOnlyAccess reads everything and is denied every change, as AWS words it", async () => {
    await createUser(server, {
      name: "reader",
      password: "Reader-Pass-1234",
      policies: ["IAMReadOnlyAccess"],
    });
    const reader = new ConsoleClient(server.url);
    assert.equal(
      (await reader.signIn({ userName: "reader", password: "Reader-Pass-1234" })).status,
      200,
    );
    for (const action of ["ListUsers", "ListGroups", "ListRoles", "GetAccountSummary"]) {
      assert.equal((await reader.call(action)).status, 200, action);
    }
    const denied = await reader.call("CreateUser", { UserName: "not-allowed" });
    assert.equal(denied.status, 403);
    assert.deepEqual(denied.json<ErrorBody>().error, {
      code: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/reader is not authorized to perform: ` +
        `iam:CreateUser on resource: arn:aws:iam::${ACCOUNT}:user/not-allowed ` +
        "because no identity-based policy allows the iam:CreateUser action",
      type: "Sender",
    });
    const gone = await failure(server.iam().send(new GetUserCommand({ UserName: "not-allowed" })));
    assert.equal(gone.name, "NoSuchEntityException");
  });

  test("aws:MultiFactorAuthPresent is true only when MFA was proven at sign-in", async () => {
    const iam = server.iam();
    await iam.send(
      new CreatePolicyCommand({
        PolicyName: "list-with-mfa",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:ListUsers",
              Resource: "*",
              Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
            },
          ],
        }),
      }),
    );
    for (const name of ["with-mfa", "without-mfa"]) {
      await createUser(server, { name, password: "Mfa-Cond-Pass-1" });
      await iam.send(
        new AttachUserPolicyCommand({
          UserName: name,
          PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/list-with-mfa`,
        }),
      );
    }
    const device = await enrolMfa(server, "with-mfa", "with-mfa-phone");
    const withMfa = new ConsoleClient(server.url);
    await withMfa.signIn({ userName: "with-mfa", password: "Mfa-Cond-Pass-1" });
    await withMfa.post("/console/api/signin/mfa", { code: device.code() });
    assert.equal((await withMfa.call("ListUsers")).status, 200);
    const withoutMfa = new ConsoleClient(server.url);
    await withoutMfa.signIn({ userName: "without-mfa", password: "Mfa-Cond-Pass-1" });
    const denied = await withoutMfa.call("ListUsers");
    assert.equal(denied.status, 403);
    assert.equal(denied.json<ErrorBody>().error.code, "AccessDenied");
  });
});
