import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  compile,
  evaluate,
  type EvaluationRequest,
  type PolicySetInput,
} from "../../src/policy/index.js";

const ACCT = "111122223333";
const OTHER = "444455556666";
const USER = `arn:aws:iam::${ACCT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCT}:role/app/AppRole`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/AppRole/s1`;
const FED = `arn:aws:sts::${ACCT}:federated-user/bob`;
const ROOT = `arn:aws:iam::${ACCT}:root`;
const OBJ = "arn:aws:s3:::bucket/key";

type Stmt = Record<string, unknown>;
const doc = (...Statement: Stmt[]) => ({ Version: "2012-10-17", Statement });
const allow = (extra: Stmt = {}): Stmt => ({
  Effect: "Allow",
  Action: "s3:GetObject",
  Resource: "*",
  ...extra,
});
const deny = (extra: Stmt = {}): Stmt => ({ ...allow(extra), Effect: "Deny" });
const resourceAllow = (principal: unknown, extra: Stmt = {}): Stmt => ({
  Effect: "Allow",
  Principal: principal,
  Action: "s3:GetObject",
  Resource: OBJ,
  ...extra,
});
const p = (document: unknown, id = "p") => ({ id, document });

function decide(policies: PolicySetInput, request: Partial<EvaluationRequest> = {}): string {
  const set = compile(policies);
  const req = { action: "s3:GetObject", resource: OBJ, principal: USER, ...request };
  const fast = evaluate(set, req, { explain: false }).decision;
  const full = evaluate(set, req).decision;
  assert.equal(fast, full, "the decision must not depend on explain");
  return full;
}

describe("Policy evaluation logic (IAM User Guide: reference_policies_evaluation-logic)", () => {
  test("with no policy the request is implicitly denied", () => {
    assert.equal(decide({}), "implicitDeny");
  });
  test("an identity-based allow allows", () => {
    assert.equal(decide({ identityPolicies: [p(doc(allow()))] }), "allowed");
  });
  test("an explicit deny overrides an allow", () => {
    const d = decide({ identityPolicies: [p(doc(allow())), p(doc(deny()), "d")] });
    assert.equal(d, "explicitDeny");
  });
  test("a statement for another action does not apply", () => {
    assert.equal(
      decide({ identityPolicies: [p(doc(allow({ Action: "s3:PutObject" })))] }),
      "implicitDeny",
    );
  });
});

describe("Permissions boundaries (IAM User Guide: access_policies_boundaries)", () => {
  const identity = [p(doc(allow()))];
  test("identity and boundary both allow", () => {
    assert.equal(
      decide({ identityPolicies: identity, permissionsBoundaries: [p(doc(allow()))] }),
      "allowed",
    );
  });
  test("a boundary that does not allow limits the identity-based allow", () => {
    const boundary = [p(doc(allow({ Action: "s3:PutObject" })))];
    assert.equal(
      decide({ identityPolicies: identity, permissionsBoundaries: boundary }),
      "implicitDeny",
    );
  });
  test("a boundary alone grants nothing", () => {
    assert.equal(decide({ permissionsBoundaries: [p(doc(allow()))] }), "implicitDeny");
  });
  test("a deny in the boundary is an explicit deny", () => {
    const boundary = [p(doc(allow(), deny()))];
    assert.equal(
      decide({ identityPolicies: identity, permissionsBoundaries: boundary }),
      "explicitDeny",
    );
  });
});

describe("Session policies (IAM User Guide: access_policies, session policies)", () => {
  const identity = [p(doc(allow()))];
  test("the session policy must allow too", () => {
    const req = { principal: SESSION };
    assert.equal(
      decide({ identityPolicies: identity, sessionPolicies: [p(doc(allow()))] }, req),
      "allowed",
    );
    const narrow = [p(doc(allow({ Action: "s3:ListBucket" })))];
    assert.equal(
      decide({ identityPolicies: identity, sessionPolicies: narrow }, req),
      "implicitDeny",
    );
  });
  test("a session policy alone grants nothing", () => {
    assert.equal(
      decide({ sessionPolicies: [p(doc(allow()))] }, { principal: SESSION }),
      "implicitDeny",
    );
  });
  test("a deny in a session policy is an explicit deny", () => {
    const session = [p(doc(deny()))];
    assert.equal(
      decide({ identityPolicies: identity, sessionPolicies: session }, { principal: SESSION }),
      "explicitDeny",
    );
  });
});

describe("Service control policies (AWS Organizations: orgs_manage_policies_scps_evaluation)", () => {
  const identity = [p(doc(allow()))];
  const scpAll = p(doc({ Effect: "Allow", Action: "*", Resource: "*" }), "FullAWSAccess");
  test("every level must allow", () => {
    assert.equal(
      decide({ identityPolicies: identity, serviceControlPolicies: [[scpAll], [scpAll]] }),
      "allowed",
    );
    const s3Only = p(doc({ Effect: "Allow", Action: "s3:*", Resource: "*" }), "s3");
    assert.equal(
      decide({ identityPolicies: identity, serviceControlPolicies: [[scpAll], [s3Only]] }),
      "allowed",
    );
    const ec2Only = p(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*" }), "ec2");
    assert.equal(
      decide({ identityPolicies: identity, serviceControlPolicies: [[scpAll], [ec2Only]] }),
      "implicitDeny",
    );
  });
  test("an SCP grants nothing by itself", () => {
    assert.equal(decide({ serviceControlPolicies: [[scpAll]] }), "implicitDeny");
  });
  test("a deny in any SCP is an explicit deny", () => {
    const denyS3 = p(doc({ Effect: "Deny", Action: "s3:*", Resource: "*" }), "deny");
    assert.equal(
      decide({ identityPolicies: identity, serviceControlPolicies: [[scpAll, denyS3]] }),
      "explicitDeny",
    );
  });
  test("SCPs limit the root user too", () => {
    const ec2Only = p(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*" }), "ec2");
    assert.equal(
      decide({ serviceControlPolicies: [[ec2Only]] }, { principal: ROOT }),
      "implicitDeny",
    );
    assert.equal(decide({ serviceControlPolicies: [[scpAll]] }, { principal: ROOT }), "allowed");
  });
});

describe("Resource-based policies within one account (IAM User Guide: reference_policies_evaluation-logic)", () => {
  const narrowBoundary = [p(doc(allow({ Action: "s3:ListBucket" })), "pb")];
  const narrowSession = [p(doc(allow({ Action: "s3:ListBucket" })), "sp")];
  test("naming the IAM user allows without an identity-based allow, and a boundary does not limit it", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: USER })));
    assert.equal(decide({ resourcePolicy }), "allowed");
    assert.equal(decide({ resourcePolicy, permissionsBoundaries: narrowBoundary }), "allowed");
  });
  test("naming the role ARN allows its sessions, limited by boundary and session policy", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: ROLE })));
    const req = { principal: SESSION };
    assert.equal(decide({ resourcePolicy }, req), "allowed");
    assert.equal(
      decide({ resourcePolicy, permissionsBoundaries: narrowBoundary }, req),
      "implicitDeny",
    );
    assert.equal(decide({ resourcePolicy, sessionPolicies: narrowSession }, req), "implicitDeny");
  });
  test("naming the role session ARN is not limited by boundary or session policy", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: SESSION })));
    const req = { principal: SESSION };
    assert.equal(
      decide(
        { resourcePolicy, permissionsBoundaries: narrowBoundary, sessionPolicies: narrowSession },
        req,
      ),
      "allowed",
    );
  });
  test("naming the federated user session ARN grants to the session directly", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: FED })));
    assert.equal(
      decide({ resourcePolicy, sessionPolicies: narrowSession }, { principal: FED }),
      "allowed",
    );
  });
  test("naming the account delegates to the identity-based policies", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: ACCT })));
    assert.equal(decide({ resourcePolicy }), "implicitDeny");
    assert.equal(decide({ resourcePolicy, identityPolicies: [p(doc(allow()))] }), "allowed");
    const rootArn = p(doc(resourceAllow({ AWS: ROOT })));
    assert.equal(decide({ resourcePolicy: rootArn }), "implicitDeny");
  });
  test("Principal * allows anyone, even with a boundary that does not", () => {
    const resourcePolicy = p(doc(resourceAllow("*")));
    assert.equal(decide({ resourcePolicy, permissionsBoundaries: narrowBoundary }), "allowed");
    assert.equal(decide({ resourcePolicy }, { principal: undefined }), "allowed");
  });
  test("a policy naming someone else does not apply", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: `arn:aws:iam::${ACCT}:user/bob` })));
    assert.equal(decide({ resourcePolicy }), "implicitDeny");
  });
  test("a deny in the resource-based policy is an explicit deny", () => {
    const resourcePolicy = p(doc({ ...resourceAllow({ AWS: USER }), Effect: "Deny" }));
    assert.equal(decide({ resourcePolicy, identityPolicies: [p(doc(allow()))] }), "explicitDeny");
  });
  test("an implicit deny in the identity policies does not stop a resource-policy allow", () => {
    const resourcePolicy = p(doc(resourceAllow({ AWS: USER })));
    assert.equal(
      decide({ resourcePolicy, identityPolicies: [p(doc(allow({ Action: "ec2:*" })))] }),
      "allowed",
    );
  });
});

describe("Cross-account policy evaluation logic (IAM User Guide: reference_policies_evaluation-logic-cross-account)", () => {
  const principal = `arn:aws:iam::${OTHER}:user/carol`;
  const identityPolicies = [p(doc(allow()))];
  const resourcePolicy = p(doc(resourceAllow({ AWS: OTHER })));
  const req = { principal, resourceAccount: ACCT };
  test("both sides must allow", () => {
    assert.equal(decide({ identityPolicies, resourcePolicy }, req), "allowed");
    assert.equal(decide({ resourcePolicy }, req), "implicitDeny");
    assert.equal(decide({ identityPolicies }, req), "implicitDeny");
  });
  test("naming the user directly still needs the identity-based allow", () => {
    const direct = p(doc(resourceAllow({ AWS: principal })));
    assert.equal(decide({ resourcePolicy: direct }, req), "implicitDeny");
    assert.equal(decide({ resourcePolicy: direct, identityPolicies }, req), "allowed");
  });
  test("the caller's boundary still applies", () => {
    const pb = [p(doc(allow({ Action: "s3:ListBucket" })))];
    assert.equal(
      decide({ identityPolicies, resourcePolicy, permissionsBoundaries: pb }, req),
      "implicitDeny",
    );
  });
  test("the other account's root user needs only the resource-based allow", () => {
    const rootReq = { principal: `arn:aws:iam::${OTHER}:root`, resourceAccount: ACCT };
    assert.equal(decide({ resourcePolicy }, rootReq), "allowed");
    assert.equal(decide({}, rootReq), "implicitDeny");
  });
  test("the same request within the account needs only one side", () => {
    assert.equal(decide({ identityPolicies }, { principal, resourceAccount: OTHER }), "allowed");
  });
});

describe("NotPrincipal (IAM User Guide: reference_policies_elements_notprincipal)", () => {
  const identityPolicies = [p(doc(allow()))];
  const denyOthers = (listed: string[]) =>
    p(doc({ Effect: "Deny", NotPrincipal: { AWS: listed }, Action: "s3:*", Resource: OBJ }));
  test("Deny with NotPrincipal denies everyone not listed", () => {
    assert.equal(decide({ identityPolicies, resourcePolicy: denyOthers([USER]) }), "allowed");
    assert.equal(
      decide({ identityPolicies, resourcePolicy: denyOthers([`arn:aws:iam::${ACCT}:user/bob`]) }),
      "explicitDeny",
    );
  });
  test("a role session is exempt only when its session ARN is listed", () => {
    const req = { principal: SESSION };
    assert.equal(
      decide({ identityPolicies, resourcePolicy: denyOthers([ROLE]) }, req),
      "explicitDeny",
    );
    assert.equal(
      decide({ identityPolicies, resourcePolicy: denyOthers([ROLE, SESSION]) }, req),
      "allowed",
    );
  });
  test("the account ARN exempts every principal of the account", () => {
    assert.equal(decide({ identityPolicies, resourcePolicy: denyOthers([ROOT]) }), "allowed");
  });
  test("with a permissions boundary, a Deny with NotPrincipal always applies (access_policies_boundaries)", () => {
    const pb = [p(doc(allow()))];
    assert.equal(
      decide({ identityPolicies, permissionsBoundaries: pb, resourcePolicy: denyOthers([USER]) }),
      "explicitDeny",
    );
  });
});

describe("NotAction and NotResource (IAM User Guide: reference_policies_elements_notaction, _notresource)", () => {
  test("Allow with NotAction allows every other action", () => {
    const identityPolicies = [p(doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }))];
    assert.equal(decide({ identityPolicies }), "allowed");
    assert.equal(
      decide({ identityPolicies }, { action: "iam:CreateUser", resource: "*" }),
      "implicitDeny",
    );
  });
  test("Deny with NotAction denies every other action", () => {
    const identityPolicies = [
      p(
        doc(
          { Effect: "Allow", Action: "*", Resource: "*" },
          { Effect: "Deny", NotAction: "s3:*", Resource: "*" },
        ),
      ),
    ];
    assert.equal(decide({ identityPolicies }), "allowed");
    assert.equal(decide({ identityPolicies }, { action: "ec2:RunInstances" }), "explicitDeny");
  });
  test("NotResource applies to every other resource", () => {
    const identityPolicies = [
      p(doc({ Effect: "Allow", Action: "s3:*", NotResource: "arn:aws:s3:::secret/*" })),
    ];
    assert.equal(decide({ identityPolicies }), "allowed");
    assert.equal(
      decide({ identityPolicies }, { resource: "arn:aws:s3:::secret/x" }),
      "implicitDeny",
    );
  });
});

describe("Action matching (IAM User Guide: reference_policies_elements_action)", () => {
  test("action names are case-insensitive, with * and ?", () => {
    const identityPolicies = [p(doc(allow({ Action: ["IAM:list*", "s3:Get?bject"] })))];
    assert.equal(
      decide({ identityPolicies }, { action: "iam:ListAccessKeys", resource: "*" }),
      "allowed",
    );
    assert.equal(
      decide({ identityPolicies }, { action: "iam:listaccesskeys", resource: "*" }),
      "allowed",
    );
    assert.equal(decide({ identityPolicies }, { action: "S3:GETOBJECT" }), "allowed");
    assert.equal(decide({ identityPolicies }, { action: "s3:GetObjectAcl" }), "implicitDeny");
  });
  test("* alone matches every action of every service", () => {
    const identityPolicies = [p(doc({ Effect: "Allow", Action: "*", Resource: "*" }))];
    assert.equal(decide({ identityPolicies }, { action: "anything:AtAll" }), "allowed");
  });
  test("a wildcard in the service part is refused, as IAM refuses it", () => {
    const identityPolicies = [p(doc({ Effect: "Allow", Action: "s3*:Get*", Resource: "*" }))];
    assert.throws(() => compile({ identityPolicies }), /Vendor s3\* is not valid/);
  });
});

describe("Trust policies (IAM User Guide: id_roles_create_for-service)", () => {
  test("ec2.amazonaws.com may assume a role that trusts it", () => {
    const trust = p(
      doc({
        Effect: "Allow",
        Principal: { Service: "ec2.amazonaws.com" },
        Action: "sts:AssumeRole",
      }),
    );
    const set = compile({ resourcePolicy: trust }, { resourcePolicyKind: "trust" });
    const req = { action: "sts:AssumeRole", resource: ROLE, principal: "ec2.amazonaws.com" };
    assert.equal(evaluate(set, req).decision, "allowed");
    assert.equal(
      evaluate(set, { ...req, principal: "lambda.amazonaws.com" }).decision,
      "implicitDeny",
    );
  });
});

describe("Explanations (IAM API Reference: SimulatePrincipalPolicy, EvaluationResult)", () => {
  const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::bucket/\${aws:username}/*",
      "Condition": {"Bool": {"aws:SecureTransport": "true"}}
    },
    {"Sid": "NoSecret", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::bucket/alice/secret"}
  ]
}`;
  const set = compile({ identityPolicies: [{ id: "home", document: text }] });
  test("an allow names the allowing statement with its place in the text", () => {
    const d = evaluate(set, {
      action: "s3:GetObject",
      resource: "arn:aws:s3:::bucket/alice/notes",
      principal: USER,
      context: { "aws:SecureTransport": true },
    });
    assert.equal(d.decision, "allowed");
    assert.deepEqual(d.matchedStatements, [
      {
        policyId: "home",
        policyType: "identity",
        sid: "Read",
        statementIndex: 0,
        effect: "Allow",
        start: { line: 4, column: 5 },
        end: { line: 10, column: 6 },
      },
    ]);
    assert.deepEqual(d.missingContextValues, []);
  });
  test("a deny names the denying statement", () => {
    const d = evaluate(set, {
      action: "s3:GetObject",
      resource: "arn:aws:s3:::bucket/alice/secret",
      principal: USER,
    });
    assert.equal(d.decision, "explicitDeny");
    assert.deepEqual(
      d.matchedStatements.map((m) => [m.sid, m.start.line, m.start.column]),
      [["NoSecret", 11, 5]],
    );
  });
  test("missing context keys are reported", () => {
    const d = evaluate(set, { action: "s3:GetObject", resource: "arn:aws:s3:::bucket/x/y" });
    assert.equal(d.decision, "implicitDeny");
    assert.deepEqual(d.missingContextValues, ["aws:SecureTransport", "aws:username"]);
    assert.deepEqual(d.matchedStatements, []);
  });
  test("aws:username and aws:PrincipalArn come from the principal when the context lacks them", () => {
    const d = evaluate(set, {
      action: "s3:GetObject",
      resource: "arn:aws:s3:::bucket/alice/notes",
      principal: USER,
      context: { "aws:SecureTransport": "true" },
    });
    assert.equal(d.decision, "allowed");
  });
});

describe("deniedBy: which kind of policy decided a deny (for AccessDenied messages)", () => {
  const req = { action: "s3:GetObject", resource: OBJ, principal: USER };
  const by = (policies: PolicySetInput) =>
    evaluate(compile(policies), req, { explain: false }).deniedBy;
  test("each kind", () => {
    assert.equal(by({}), "identity");
    assert.equal(by({ identityPolicies: [p(doc(deny()))] }), "identity");
    assert.equal(
      by({
        identityPolicies: [p(doc(allow()))],
        permissionsBoundaries: [p(doc(allow({ Action: "ec2:*" })))],
      }),
      "permissionsBoundary",
    );
    assert.equal(
      by({ identityPolicies: [p(doc(allow()))], permissionsBoundaries: [p(doc(deny()))] }),
      "permissionsBoundary",
    );
    assert.equal(
      by({
        identityPolicies: [p(doc(allow()))],
        sessionPolicies: [p(doc(allow({ Action: "ec2:*" })))],
      }),
      "session",
    );
    assert.equal(
      by({
        identityPolicies: [p(doc(allow()))],
        serviceControlPolicies: [[p(doc(allow({ Action: "ec2:*" })))]],
      }),
      "scp",
    );
    assert.equal(
      by({ identityPolicies: [p(doc(deny()))], serviceControlPolicies: [[p(doc(deny()))]] }),
      "scp",
    );
    assert.equal(by({ identityPolicies: [p(doc(allow()))] }), undefined);
  });
});
