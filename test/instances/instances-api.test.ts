/**
 * The instances API over HTTP (real server, real SQLite, requests signed by
 * the gatehouse command's signer): launch, describe, terminate and replace
 * the profile, who may call them (ec2:* permissions and iam:PassRole with
 * iam:PassedToService), and AWS-shaped answers to bad input.
 */
import assert from "node:assert/strict";
import { beforeEach, describe as suite, test } from "node:test";
import {
  DeleteInstanceProfileCommand,
  GetInstanceProfileCommand,
  RemoveRoleFromInstanceProfileCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, ROOT_KEY, useServer } from "../server/harness.js";
import { userWithKeys } from "../sts/helpers.js";
import {
  describe,
  gatehouse,
  instanceArnOf,
  launch,
  ok,
  refused,
  roleInProfile,
  type Instance,
} from "./helpers.js";

const srv = useServer();
beforeEach(() => srv.reset());

const policy = (...statements: object[]) =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (action: string | string[], resource = "*", condition?: object) => ({
  Effect: "Allow",
  Action: action,
  Resource: resource,
  ...(condition === undefined ? {} : { Condition: condition }),
});
const PASS_TO_EC2 = allow("iam:PassRole", `arn:aws:iam::${ACCOUNT}:role/*`, {
  StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" },
});

suite("LaunchInstance, DescribeInstances, TerminateInstance", () => {
  test("launch answers the instance (pending) and a launch token, once", async () => {
    await roleInProfile(srv, "EC2-S3-Access");
    const before = Date.now();
    const result = await ok(
      gatehouse(srv, "LaunchInstance", [
        ["InstanceProfileName", "EC2-S3-Access"],
        ["Name", "web-1"],
      ]),
    );
    const instance = result.Instance as Instance;
    assert.match(instance.InstanceId, /^i-[0-9a-f]{17}$/);
    assert.equal(instance.Arn, instanceArnOf(instance.InstanceId));
    assert.equal(instance.State, "pending");
    assert.equal(instance.Name, "web-1");
    assert.equal(instance.Region, "us-east-1");
    assert.equal(instance.RoleName, "EC2-S3-Access");
    assert.equal(instance.IamInstanceProfile?.Name, "EC2-S3-Access");
    assert.equal(
      instance.IamInstanceProfile?.Arn,
      `arn:aws:iam::${ACCOUNT}:instance-profile/EC2-S3-Access`,
    );
    assert.match(String(result.LaunchToken), /^[A-Za-z0-9_-]{43}$/);
    const expires = Date.parse(String(result.LaunchTokenExpiration));
    assert.ok(expires >= before + 599_000 && expires <= Date.now() + 601_000);

    const described = await describe(srv, instance.InstanceId);
    assert.deepEqual(described, instance);
    // The token is shown once: nothing else answers it.
    const listed = await ok(gatehouse(srv, "DescribeInstances"));
    assert.ok(!JSON.stringify(listed).includes(String(result.LaunchToken)));
  });

  test("the region is the request's, and policies on the instance's ARN match from any region", async () => {
    await roleInProfile(srv, "R");
    const { instance } = await launch(srv, "R", "eu-west-1");
    assert.equal(instance.Region, "eu-west-1");
    assert.equal(instance.Arn, instanceArnOf(instance.InstanceId, "eu-west-1"));
    const { keys } = await userWithKeys(
      srv,
      "ops",
      policy(allow("ec2:TerminateInstances", `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/*`)),
    );
    const done = await ok(
      gatehouse(srv, "TerminateInstance", [["InstanceId", instance.InstanceId]], keys),
    );
    assert.equal((done.Instance as Instance).State, "terminated");
  });

  test("terminate: terminated, still listed; again answers the same", async () => {
    await roleInProfile(srv, "R");
    const { instance } = await launch(srv, "R");
    const first = await ok(
      gatehouse(srv, "TerminateInstance", [["InstanceId", instance.InstanceId]]),
    );
    const done = first.Instance as Instance;
    assert.equal(done.State, "terminated");
    assert.ok(done.TerminatedTime);
    const again = await ok(
      gatehouse(srv, "TerminateInstance", [["InstanceId", instance.InstanceId]]),
    );
    assert.deepEqual(again.Instance, done);
    const listed = await ok(gatehouse(srv, "DescribeInstances"));
    assert.deepEqual(listed.Instances, [done]);
  });

  test("describe pages by id with MaxItems and Marker", async () => {
    await roleInProfile(srv, "R");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await launch(srv, "R")).instance.InstanceId);
    ids.sort();
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const params: [string, string][] = [["MaxItems", "2"]];
      if (marker !== undefined) params.push(["Marker", marker]);
      const page = await ok(gatehouse(srv, "DescribeInstances", params));
      for (const i of page.Instances as Instance[]) seen.push(i.InstanceId);
      marker = page.IsTruncated === true ? String(page.Marker) : undefined;
      pages++;
    } while (marker !== undefined);
    assert.deepEqual(seen, ids);
    assert.equal(pages, 3);
    const some = await ok(
      gatehouse(srv, "DescribeInstances", [
        ["InstanceIds.member.1", ids[3] ?? ""],
        ["InstanceIds.member.2", ids[1] ?? ""],
      ]),
    );
    assert.deepEqual(
      (some.Instances as Instance[]).map((i) => i.InstanceId),
      [ids[1], ids[3]],
    );
    assert.equal(some.IsTruncated, false);
  });

  test("an instance profile in use by an instance cannot be deleted until it is terminated", async () => {
    await roleInProfile(srv, "R");
    const { instance } = await launch(srv, "R");
    const iam = srv.iam();
    await iam.send(
      new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "R", RoleName: "R" }),
    );
    const conflict = await failure(
      iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: "R" })),
    );
    assert.equal(conflict.name, "DeleteConflictException");
    assert.equal(conflict.status, 409);
    assert.match(conflict.message, /^Cannot delete entity, must terminate the instances/);
    await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", instance.InstanceId]]));
    await iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: "R" }));
    await failure(iam.send(new GetInstanceProfileCommand({ InstanceProfileName: "R" })));
    const after = await describe(srv, instance.InstanceId);
    assert.equal(after.State, "terminated");
    assert.equal(after.IamInstanceProfile, undefined);
  });
});

suite("ReplaceInstanceProfile", () => {
  test("binds another profile; a terminated instance's cannot be replaced", async () => {
    await roleInProfile(srv, "A");
    await roleInProfile(srv, "B");
    const { instance } = await launch(srv, "A");
    const replaced = await ok(
      gatehouse(srv, "ReplaceInstanceProfile", [
        ["InstanceId", instance.InstanceId],
        ["InstanceProfileName", "B"],
      ]),
    );
    const now = replaced.Instance as Instance;
    assert.equal(now.IamInstanceProfile?.Name, "B");
    assert.equal(now.RoleName, "B");
    await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", instance.InstanceId]]));
    const e = await refused(
      gatehouse(srv, "ReplaceInstanceProfile", [
        ["InstanceId", instance.InstanceId],
        ["InstanceProfileName", "A"],
      ]),
    );
    assert.equal(e.code, "IncorrectInstanceState");
    assert.equal(e.status, 400);
  });
});

suite("who may call them", () => {
  test("LaunchInstance needs ec2:RunInstances and iam:PassRole on the profile's role (to ec2.amazonaws.com)", async () => {
    await roleInProfile(srv, "R");
    const noRun = await userWithKeys(srv, "no-run", policy(PASS_TO_EC2));
    const e1 = await refused(
      gatehouse(srv, "LaunchInstance", [["InstanceProfileName", "R"]], noRun.keys),
    );
    assert.equal(e1.status, 403);
    assert.equal(e1.code, "AccessDenied");
    assert.equal(
      e1.message,
      `User: arn:aws:iam::${ACCOUNT}:user/no-run is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:${ACCOUNT}:instance/* because no identity-based policy allows the ec2:RunInstances action`,
    );

    const noPass = await userWithKeys(srv, "no-pass", policy(allow("ec2:RunInstances")));
    const e2 = await refused(
      gatehouse(srv, "LaunchInstance", [["InstanceProfileName", "R"]], noPass.keys),
    );
    assert.equal(e2.code, "AccessDenied");
    assert.equal(
      e2.message,
      `User: arn:aws:iam::${ACCOUNT}:user/no-pass is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCOUNT}:role/R because no identity-based policy allows the iam:PassRole action`,
    );

    const toLambda = await userWithKeys(
      srv,
      "to-lambda",
      policy(
        allow("ec2:RunInstances"),
        allow("iam:PassRole", "*", {
          StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" },
        }),
      ),
    );
    const e3 = await refused(
      gatehouse(srv, "LaunchInstance", [["InstanceProfileName", "R"]], toLambda.keys),
    );
    assert.equal(e3.code, "AccessDenied");
    assert.match(e3.message, /iam:PassRole/);

    const allowed = await userWithKeys(
      srv,
      "launcher",
      policy(allow("ec2:RunInstances"), PASS_TO_EC2),
    );
    const launched = await ok(
      gatehouse(srv, "LaunchInstance", [["InstanceProfileName", "R"]], allowed.keys),
    );
    assert.equal((launched.Instance as Instance).State, "pending");
  });

  test("a profile without a role needs no iam:PassRole", async () => {
    await roleInProfile(srv, "R");
    await srv
      .iam()
      .send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "R", RoleName: "R" }));
    const { keys } = await userWithKeys(srv, "u", policy(allow("ec2:RunInstances")));
    const launched = await ok(
      gatehouse(srv, "LaunchInstance", [["InstanceProfileName", "R"]], keys),
    );
    assert.equal((launched.Instance as Instance).RoleName, undefined);
  });

  test("DescribeInstances, TerminateInstance and ReplaceInstanceProfile need their ec2 permissions", async () => {
    await roleInProfile(srv, "A");
    await roleInProfile(srv, "B");
    const { instance } = await launch(srv, "A");
    const id = instance.InstanceId;
    const nobody = await userWithKeys(srv, "nobody", policy(allow("iam:GetUser")));
    for (const [action, params, permission] of [
      ["DescribeInstances", [], "ec2:DescribeInstances"],
      ["TerminateInstance", [["InstanceId", id]], "ec2:TerminateInstances"],
      [
        "ReplaceInstanceProfile",
        [
          ["InstanceId", id],
          ["InstanceProfileName", "B"],
        ],
        "ec2:ReplaceIamInstanceProfileAssociation",
      ],
    ] as const) {
      const e = await refused(gatehouse(srv, action, params, nobody.keys));
      assert.equal(e.code, "AccessDenied", action);
      assert.match(e.message, new RegExp(`perform: ${permission}`), action);
    }
    const replacer = await userWithKeys(
      srv,
      "replacer",
      policy(allow("ec2:ReplaceIamInstanceProfileAssociation", instanceArnOf(id))),
    );
    const noPass = await refused(
      gatehouse(
        srv,
        "ReplaceInstanceProfile",
        [
          ["InstanceId", id],
          ["InstanceProfileName", "B"],
        ],
        replacer.keys,
      ),
    );
    assert.match(noPass.message, /iam:PassRole on resource: arn:aws:iam::\d{12}:role\/B /);
    const full = await userWithKeys(
      srv,
      "full",
      policy(
        allow([
          "ec2:DescribeInstances",
          "ec2:TerminateInstances",
          "ec2:ReplaceIamInstanceProfileAssociation",
        ]),
        PASS_TO_EC2,
      ),
    );
    await ok(gatehouse(srv, "DescribeInstances", [], full.keys));
    await ok(
      gatehouse(
        srv,
        "ReplaceInstanceProfile",
        [
          ["InstanceId", id],
          ["InstanceProfileName", "B"],
        ],
        full.keys,
      ),
    );
    await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", id]], full.keys));
  });
});

suite("bad input gets AWS-shaped errors, never a 5xx", () => {
  test("each action", async () => {
    await roleInProfile(srv, "R");
    const { instance } = await launch(srv, "R");
    const cases: [string, [string, string][], number, string, RegExp?][] = [
      ["LaunchInstance", [], 400, "ValidationError", /instanceProfileName.*must not be null/],
      ["LaunchInstance", [["InstanceProfileName", "nope"]], 400, "InvalidParameterValue"],
      ["LaunchInstance", [["InstanceProfileName", "a b"]], 400, "ValidationError"],
      [
        "LaunchInstance",
        [
          ["InstanceProfileName", "R"],
          ["Name", "x".repeat(129)],
        ],
        400,
        "ValidationError",
      ],
      [
        "LaunchInstance",
        [
          ["InstanceProfileName", "R"],
          ["Name", "tab\there"],
        ],
        400,
        "ValidationError",
      ],
      [
        "DescribeInstances",
        [["InstanceIds.member.1", "i-123"]],
        400,
        "InvalidInstanceID.Malformed",
      ],
      [
        "DescribeInstances",
        [["InstanceIds.member.1", "i-00000000000000000"]],
        400,
        "InvalidInstanceID.NotFound",
        /^The instance ID 'i-00000000000000000' does not exist$/,
      ],
      ["DescribeInstances", [["MaxItems", "0"]], 400, "ValidationError"],
      ["DescribeInstances", [["MaxItems", "x"]], 400, "InvalidParameterValue"],
      ["DescribeInstances", [["Marker", "garbage"]], 400, "ValidationError", /^Invalid Marker.$/],
      ["TerminateInstance", [], 400, "ValidationError", /instanceId.*must not be null/],
      ["TerminateInstance", [["InstanceId", ""]], 400, "InvalidInstanceID.Malformed"],
      [
        "TerminateInstance",
        [["InstanceId", "I-0123456789ABCDEF0"]],
        400,
        "InvalidInstanceID.Malformed",
        /^Invalid id: "I-0123456789ABCDEF0"$/,
      ],
      [
        "TerminateInstance",
        [["InstanceId", "i-0000000000000000f"]],
        400,
        "InvalidInstanceID.NotFound",
      ],
      ["ReplaceInstanceProfile", [["InstanceId", instance.InstanceId]], 400, "ValidationError"],
      [
        "ReplaceInstanceProfile",
        [
          ["InstanceId", "bad"],
          ["InstanceProfileName", "R"],
        ],
        400,
        "InvalidInstanceID.Malformed",
      ],
      [
        "ReplaceInstanceProfile",
        [
          ["InstanceId", instance.InstanceId],
          ["InstanceProfileName", "nope"],
        ],
        400,
        "InvalidParameterValue",
        /^Value \(nope\) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name$/,
      ],
      ["NoSuchAction", [], 400, "InvalidAction"],
    ];
    for (const [action, params, status, code, message] of cases) {
      const e = await refused(gatehouse(srv, action, params));
      const label = `${action} ${JSON.stringify(params)}: ${e.code} ${e.message}`;
      assert.equal(e.status, status, label);
      assert.equal(e.code, code, label);
      if (message !== undefined) assert.match(e.message, message, label);
    }
  });

  test("the instances API under IAM's Version answers as the signed service's", async () => {
    const e = await refused(gatehouse(srv, "CreateUser", [["UserName", "x"]], ROOT_KEY));
    assert.equal(e.code, "InvalidAction");
  });
});
