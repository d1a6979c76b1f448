/**
 * The seed walkthrough through boto3 (Debian's python3-boto3, run with
 * /usr/bin/python3): a Python script does the calls and prints what it saw
 * as JSON, and the test checks it — results, botocore's ClientError for
 * errors, the decoded policy document, a user's own keys, and paginators.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ACCOUNT, ROOT_KEY, useServer } from "../server/harness.js";
import { failMissing, PYTHON, run, toolProblem } from "./tools.js";

const problem = toolProblem(
  PYTHON,
  ["-c", "import boto3, botocore"],
  "apt-get install python3-boto3   (boto3 for Debian's /usr/bin/python3)",
);

/** Shared by every script: the clients, and errors as data. */
const PRELUDE = `
import json, sys
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

args = json.loads(sys.stdin.read())

def iam(key_id, secret):
    return boto3.client(
        "iam",
        endpoint_url=args["endpoint"],
        region_name="us-east-1",
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )

root = iam(args["rootKeyId"], args["rootSecret"])

def error_of(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return {
            "code": e.response["Error"]["Code"],
            "message": e.response["Error"]["Message"],
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
            "type": e.response["Error"].get("Type"),
        }
    return None

out = {}
`;

const WALKTHROUGH = `${PRELUDE}
rds = "arn:aws:iam::aws:policy/AmazonRDSFullAccess"
keys = {}
out["users"] = []
for name in ["CloudAcademyUser1", "CloudAcademyUser2"]:
    u = root.create_user(UserName=name)["User"]
    out["users"].append({k: u[k] for k in ("UserName", "Arn", "UserId", "Path")})
    out["createDateType"] = type(u["CreateDate"]).__name__
    k = root.create_access_key(UserName=name)["AccessKey"]
    keys[name] = k
out["keys"] = [
    {"UserName": k["UserName"], "AccessKeyId": k["AccessKeyId"], "secretLength": len(k["SecretAccessKey"]), "Status": k["Status"]}
    for k in keys.values()
]
out["createGroup"] = root.create_group(GroupName="RDSFullAccess")["Group"]["Arn"]
root.attach_group_policy(GroupName="RDSFullAccess", PolicyArn=rds)
for name in keys:
    root.add_user_to_group(GroupName="RDSFullAccess", UserName=name)
out["members"] = sorted(u["UserName"] for u in root.get_group(GroupName="RDSFullAccess")["Users"])
policy = root.get_policy(PolicyArn=rds)["Policy"]
out["defaultVersionId"] = policy["DefaultVersionId"]
out["attachmentCount"] = policy["AttachmentCount"]
version = root.get_policy_version(PolicyArn=rds, VersionId=policy["DefaultVersionId"])["PolicyVersion"]
out["documentType"] = type(version["Document"]).__name__
out["document"] = version["Document"]
root.remove_user_from_group(GroupName="RDSFullAccess", UserName="CloudAcademyUser2")
out["membersAfter"] = [u["UserName"] for u in root.get_group(GroupName="RDSFullAccess")["Users"]]
out["missingUser"] = error_of(root.get_user, UserName="NoSuchPerson")
out["duplicateGroup"] = error_of(root.create_group, GroupName="rdsfullaccess")
out["badName"] = error_of(root.create_user, UserName="bad name")

k1 = keys["CloudAcademyUser1"]
user1 = iam(k1["AccessKeyId"], k1["SecretAccessKey"])
out["deniedListUsers"] = error_of(user1.list_users)
root.attach_group_policy(GroupName="RDSFullAccess", PolicyArn="arn:aws:iam::aws:policy/IAMReadOnlyAccess")
out["allowedListUsers"] = [u["UserName"] for u in user1.list_users()["Users"]]
out["deniedCreateUser"] = error_of(user1.create_user, UserName="Sneaky")

# Deactivated, the key is refused; deleted, it is unknown.
root.update_access_key(UserName="CloudAcademyUser1", AccessKeyId=k1["AccessKeyId"], Status="Inactive")
out["inactiveKey"] = error_of(user1.list_users)
root.delete_access_key(UserName="CloudAcademyUser1", AccessKeyId=k1["AccessKeyId"])
out["deletedKey"] = error_of(user1.list_users)
print(json.dumps(out, default=str))
`;

const PAGINATORS = `${PRELUDE}
for i in range(25):
    root.create_user(UserName="pager-%02d" % i, Path="/pages/")
paginator = root.get_paginator("list_users")

pages = list(paginator.paginate(PathPrefix="/pages/", PaginationConfig={"PageSize": 10}))
out["pageSizes"] = [len(p["Users"]) for p in pages]
out["all"] = [u["UserName"] for p in pages for u in p["Users"]]

# MaxItems 10: ten at a time, resumed from the NextToken each time.
seen = []
token = None
rounds = 0
while True:
    config = {"MaxItems": 10, "PageSize": 10}
    if token:
        config["StartingToken"] = token
    result = paginator.paginate(PathPrefix="/pages/", PaginationConfig=config).build_full_result()
    seen.extend(u["UserName"] for u in result["Users"])
    rounds += 1
    token = result.get("NextToken")
    if not token or rounds > 10:
        break
out["resumed"] = seen
out["rounds"] = rounds

# PageSize 7 and MaxItems 20 cut across pages.
cut = paginator.paginate(PaginationConfig={"MaxItems": 20, "PageSize": 7}).build_full_result()
out["cut"] = len(cut["Users"])
out["cutHasToken"] = "NextToken" in cut

# A raw call with a bad Marker.
out["badMarker"] = error_of(root.list_users, Marker="not-a-marker")
print(json.dumps(out, default=str))
`;

if (problem !== undefined) {
  failMissing("boto3 against Gatehouse", problem);
} else {
  const srv = useServer();

  const python = async (script: string): Promise<Record<string, unknown>> => {
    const r = await run(
      PYTHON,
      ["-c", script],
      {},
      JSON.stringify({
        endpoint: srv.url,
        rootKeyId: ROOT_KEY.accessKeyId,
        rootSecret: ROOT_KEY.secretAccessKey,
      }),
    );
    assert.equal(r.code, 0, `python exited ${r.code}:\n${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  describe("boto3 against Gatehouse", () => {
    test("the seed walkthrough: users, keys, group, policy document, errors, a user's keys", async () => {
      await srv.reset();
      const out = await python(WALKTHROUGH);
      assert.deepEqual(
        (out["users"] as { UserName: string; Arn: string; Path: string }[]).map((u) => [
          u.UserName,
          u.Arn,
          u.Path,
        ]),
        [
          ["CloudAcademyUser1", `arn:aws:iam::${ACCOUNT}:user/CloudAcademyUser1`, "/"],
          ["CloudAcademyUser2", `arn:aws:iam::${ACCOUNT}:user/CloudAcademyUser2`, "/"],
        ],
      );
      assert.equal(out["createDateType"], "datetime");
      for (const k of out["keys"] as {
        AccessKeyId: string;
        secretLength: number;
        Status: string;
      }[]) {
        assert.match(k.AccessKeyId, /^AKIA[A-Z2-7]{16}$/);
        assert.equal(k.secretLength, 40);
        assert.equal(k.Status, "Active");
      }
      assert.equal(out["createGroup"], `arn:aws:iam::${ACCOUNT}:group/RDSFullAccess`);
      assert.deepEqual(out["members"], ["CloudAcademyUser1", "CloudAcademyUser2"]);
      assert.match(out["defaultVersionId"] as string, /^v\d+$/);
      assert.equal(out["attachmentCount"], 1);
      // botocore decodes the URL-encoded document into a dict.
      assert.equal(out["documentType"], "dict");
      const doc = out["document"] as { Version: string; Statement: { Action: string[] }[] };
      assert.equal(doc.Version, "2012-10-17");
      assert.ok(doc.Statement.flatMap((s) => s.Action).includes("rds:*"));
      assert.deepEqual(out["membersAfter"], ["CloudAcademyUser1"]);

      assert.deepEqual(out["missingUser"], {
        code: "NoSuchEntity",
        message: "The user with name NoSuchPerson cannot be found.",
        status: 404,
        type: "Sender",
      });
      assert.deepEqual(out["duplicateGroup"], {
        code: "EntityAlreadyExists",
        message: "Group with name rdsfullaccess already exists.",
        status: 409,
        type: "Sender",
      });
      const badName = out["badName"] as { code: string; status: number; message: string };
      assert.equal(badName.code, "ValidationError");
      assert.equal(badName.status, 400);
      assert.match(badName.message, /^1 validation error detected: Value at 'userName'/);

      assert.deepEqual(out["deniedListUsers"], {
        code: "AccessDenied",
        message:
          `User: arn:aws:iam::${ACCOUNT}:user/CloudAcademyUser1 is not authorized to perform: ` +
          `iam:ListUsers on resource: arn:aws:iam::${ACCOUNT}:user/ ` +
          "because no identity-based policy allows the iam:ListUsers action",
        status: 403,
        type: "Sender",
      });
      assert.deepEqual(out["allowedListUsers"], ["CloudAcademyUser1", "CloudAcademyUser2"]);
      assert.equal((out["deniedCreateUser"] as { code: string }).code, "AccessDenied");
      const inactive = out["inactiveKey"] as { code: string; status: number };
      assert.equal(inactive.code, "InvalidClientTokenId");
      assert.equal(inactive.status, 403);
      const deleted = out["deletedKey"] as { code: string; status: number };
      assert.equal(deleted.code, "InvalidClientTokenId");
      assert.equal(deleted.status, 403);
    });

    test("paginators: every user once, by PageSize and resumed across MaxItems", async () => {
      await srv.reset();
      const out = await python(PAGINATORS);
      const expected = Array.from({ length: 25 }, (_, i) => `pager-${String(i).padStart(2, "0")}`);
      assert.deepEqual(out["pageSizes"], [10, 10, 5]);
      assert.deepEqual(out["all"], expected);
      assert.deepEqual(out["resumed"], expected, "all 25, in order, no duplicates");
      assert.equal(out["rounds"], 3);
      assert.equal(out["cut"], 20);
      assert.equal(out["cutHasToken"], true);
      const badMarker = out["badMarker"] as { code: string; status: number };
      assert.ok(badMarker.status >= 400 && badMarker.status < 500, JSON.stringify(badMarker));
    });
  });
}
