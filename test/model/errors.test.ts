import { describe, it } from "node:test";
import assert from "node:assert/strict";
import * as E from "../../src/model/errors.js";
import { IamError } from "../../src/model/errors.js";
import { serviceErrors, iamModel } from "../../src/model/api/load.js";

const ARN = "arn:aws:iam::123456789012:policy/p";

/** Every constructor with sample arguments, and the exact answer expected. */
const cases: [IamError, string, number, string][] = [
  [E.noSuchUser("bob"), "NoSuchEntity", 404, "The user with name bob cannot be found."],
  [E.noSuchGroup("devs"), "NoSuchEntity", 404, "The group with name devs cannot be found."],
  [E.noSuchRole("r"), "NoSuchEntity", 404, "The role with name r cannot be found."],
  [
    E.noSuchAccessKey("AKIAIOSFODNN7EXAMPLE"),
    "NoSuchEntity",
    404,
    "The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found.",
  ],
  [E.noSuchUserPolicy("p"), "NoSuchEntity", 404, "The user policy with name p cannot be found."],
  [E.noSuchGroupPolicy("p"), "NoSuchEntity", 404, "The group policy with name p cannot be found."],
  [E.noSuchRolePolicy("p"), "NoSuchEntity", 404, "The role policy with name p cannot be found."],
  [
    E.policyNotAttachable(ARN),
    "NoSuchEntity",
    404,
    `Policy ${ARN} does not exist or is not attachable.`,
  ],
  [E.policyNotFound(ARN), "NoSuchEntity", 404, `Policy ${ARN} was not found.`],
  [
    E.noSuchPolicyVersion(ARN, "v9"),
    "NoSuchEntity",
    404,
    `Policy ${ARN} version v9 does not exist or is not attachable.`,
  ],
  [
    E.noSuchPermissionsBoundary(ARN),
    "NoSuchEntity",
    404,
    `Scope ARN: ${ARN} does not exist or is not attachable.`,
  ],
  [E.noSuchLoginProfile("bob"), "NoSuchEntity", 404, "Login Profile for User bob cannot be found."],
  [E.noSuchInstanceProfile("ip"), "NoSuchEntity", 404, "Instance Profile ip cannot be found."],
  [
    E.roleNotInInstanceProfile("r", "ip"),
    "NoSuchEntity",
    404,
    "Role r in Instance Profile ip cannot be found.",
  ],
  [
    E.noSuchMfaDevice("arn:aws:iam::123456789012:mfa/d"),
    "NoSuchEntity",
    404,
    "MFA Device with serial number arn:aws:iam::123456789012:mfa/d does not exist.",
  ],
  [
    E.noSuchServerCertificate("c"),
    "NoSuchEntity",
    404,
    "The Server Certificate with name c cannot be found.",
  ],
  [
    E.noSuchPasswordPolicy("123456789012"),
    "NoSuchEntity",
    404,
    "The Password Policy with domain name 123456789012 cannot be found.",
  ],
  [E.userExists("bob"), "EntityAlreadyExists", 409, "User with name bob already exists."],
  [E.groupExists("devs"), "EntityAlreadyExists", 409, "Group with name devs already exists."],
  [E.roleExists("r"), "EntityAlreadyExists", 409, "Role with name r already exists."],
  [
    E.policyExists("p"),
    "EntityAlreadyExists",
    409,
    "A policy called p already exists. Duplicate names are not allowed.",
  ],
  [
    E.instanceProfileExists("ip"),
    "EntityAlreadyExists",
    409,
    "Instance Profile ip already exists.",
  ],
  [
    E.loginProfileExists("bob"),
    "EntityAlreadyExists",
    409,
    "Login Profile for user bob already exists.",
  ],
  [E.mfaDeviceExists(), "EntityAlreadyExists", 409, "MFA device already exists."],
  [E.mfaDeviceInUse(), "EntityAlreadyExists", 409, "MFA Device is already in use."],
  [
    E.mustDeleteAccessKeys(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must delete access keys first.",
  ],
  [
    E.mustDeletePolicies(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must delete policies first.",
  ],
  [
    E.mustDetachPolicies(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must detach all policies first.",
  ],
  [
    E.mustRemoveUsersFromGroup(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must remove users from group first.",
  ],
  [
    E.mustDeleteLoginProfile(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must delete login profile first.",
  ],
  [
    E.mustDeleteMfaDevice(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must delete MFA device first.",
  ],
  [
    E.mustRemoveRolesFromInstanceProfile(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must remove roles from instance profile first.",
  ],
  [
    E.mustRemoveReferencedObjects(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must remove referenced objects first.",
  ],
  [
    E.policyAttachedToEntities(),
    "DeleteConflict",
    409,
    "Cannot delete a policy attached to entities.",
  ],
  [
    E.cannotDeleteDefaultVersion(),
    "DeleteConflict",
    409,
    "Cannot delete the default version of a policy.",
  ],
  [
    E.quotaExceeded("accessKeysPerUser", 2),
    "LimitExceeded",
    409,
    "Cannot exceed quota for AccessKeysPerUser: 2",
  ],
  [
    E.quotaExceeded("attachedPoliciesPerUser", 10),
    "LimitExceeded",
    409,
    "Cannot exceed quota for PoliciesPerUser: 10",
  ],
  [
    E.quotaExceeded("attachedPoliciesPerRole", 10),
    "LimitExceeded",
    409,
    "Cannot exceed quota for PoliciesPerRole: 10",
  ],
  [
    E.quotaExceeded("instanceProfiles", 1000),
    "LimitExceeded",
    409,
    "Cannot exceed quota for InstanceProfilesPerAccount: 1000",
  ],
  [
    E.quotaExceeded("rolesPerInstanceProfile", 1),
    "LimitExceeded",
    409,
    "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1",
  ],
  [
    E.quotaExceeded("policySize", 6144),
    "LimitExceeded",
    409,
    "Cannot exceed quota for PolicySize: 6144",
  ],
  [
    E.quotaExceeded("assumeRolePolicySize", 2048),
    "LimitExceeded",
    409,
    "Cannot exceed quota for ACLSizePerRole: 2048",
  ],
  [
    E.quotaExceeded("users", 5000),
    "LimitExceeded",
    409,
    "Cannot exceed quota for UsersPerAccount: 5000",
  ],
  [
    E.quotaExceeded("groupsPerUser", 10),
    "LimitExceeded",
    409,
    "Cannot exceed quota for GroupsPerUser: 10",
  ],
  [
    E.policyVersionLimit(5),
    "LimitExceeded",
    409,
    "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
  ],
  [
    E.inlinePolicySizeExceeded(2048, "user", "mapsnap-mirror"),
    "LimitExceeded",
    409,
    "Maximum policy size of 2048 bytes exceeded for user mapsnap-mirror",
  ],
  [
    E.inlinePolicySizeExceeded(10240, "role", "r"),
    "LimitExceeded",
    409,
    "Maximum policy size of 10240 bytes exceeded for role r",
  ],
  [E.invalidInput("x"), "InvalidInput", 400, "x"],
  [
    E.invalidArn("longpolicynamebutnoarn"),
    "InvalidInput",
    400,
    "ARN longpolicynamebutnoarn is not valid.",
  ],
  [E.invalidArn("p", "ValidationError"), "ValidationError", 400, "ARN p is not valid."],
  [
    E.invalidPath(),
    "ValidationError",
    400,
    "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.",
  ],
  [E.invalidMarker(), "ValidationError", 400, "Invalid Marker."],
  [
    E.userNameRequired(),
    "ValidationError",
    400,
    "Must specify userName when calling with non-User credentials",
  ],
  [
    E.duplicateTagKeys(),
    "InvalidInput",
    400,
    "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
  ],
  [E.duplicateTagKeys(false), "InvalidInput", 400, "Duplicate tag keys found."],
  [
    E.malformedPolicyDocument("Syntax errors in policy."),
    "MalformedPolicyDocument",
    400,
    "Syntax errors in policy.",
  ],
  [
    E.protectedRole("AWSServiceRoleForSupport"),
    "UnmodifiableEntity",
    400,
    "Cannot perform the operation on the protected role 'AWSServiceRoleForSupport' - this role is only modifiable by AWS",
  ],
  [
    E.loginProfileBeingCreated("bob"),
    "EntityTemporarilyUnmodifiable",
    409,
    "Login Profile for User bob cannot be modified while login profile is being created.",
  ],
  [E.policyNotAttachableType(ARN), "PolicyNotAttachable", 400, `Policy ${ARN} is not attachable.`],
  [
    E.passwordPolicyViolation(),
    "PasswordPolicyViolation",
    400,
    "Password does not conform to the account password policy.",
  ],
  [
    E.invalidAuthenticationCode(),
    "InvalidAuthenticationCode",
    403,
    "Authentication code for device is not valid.",
  ],
  [
    E.mfaDeviceStillEnabled(),
    "DeleteConflict",
    409,
    "Cannot delete entity, must deactivate MFA device first.",
  ],
  [
    E.concurrentModification(),
    "ConcurrentModification",
    409,
    "Multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.",
  ],
  [
    E.serviceFailure(),
    "ServiceFailure",
    500,
    "The request processing has failed because of an unknown error.",
  ],
];

describe("IAM errors", () => {
  it("answer AWS's code, status and message", () => {
    for (const [error, code, status, message] of cases) {
      assert.ok(error instanceof IamError);
      assert.ok(error instanceof Error);
      assert.equal(error.code, code, message);
      assert.equal(error.status, status, message);
      assert.equal(error.message, message);
      assert.equal(error.type, status >= 500 ? "Receiver" : "Sender");
    }
  });

  it("codes and statuses agree with the API model's error shapes", () => {
    const model = serviceErrors(iamModel);
    for (const [error] of cases) {
      const info = model.get(error.code);
      if (error.code === "ValidationError") continue; // a protocol-level error, not a model shape
      assert.ok(info, error.code);
      assert.equal(error.status, info.httpStatus, error.code);
      assert.equal(error.type === "Receiver", info.fault === "server", error.code);
    }
  });
});

describe("AccessDenied", () => {
  const base = {
    principal: "arn:aws:iam::123456789012:user/bob",
    action: "iam:CreateUser",
    resource: "arn:aws:iam::123456789012:user/carol",
  };
  const head =
    "User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/carol";

  it("without a reason", () => {
    const e = E.accessDenied(base);
    assert.equal(e.code, "AccessDenied");
    assert.equal(e.status, 403);
    assert.equal(e.type, "Sender");
    assert.equal(e.message, head);
    assert.equal(
      E.accessDenied({ principal: base.principal, action: "iam:ListUsers" }).message,
      "User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:ListUsers",
    );
  });

  it("implicit denials", () => {
    const implicit = (policy: E.DenyingPolicy) =>
      E.accessDenied({ ...base, deniedBy: { policy, explicit: false } }).message;
    assert.equal(
      implicit("identity-based"),
      `${head} because no identity-based policy allows the iam:CreateUser action`,
    );
    assert.equal(
      implicit("permissions-boundary"),
      `${head} because no permissions boundary allows the iam:CreateUser action`,
    );
    assert.equal(
      implicit("session"),
      `${head} because no session policy allows the iam:CreateUser action`,
    );
    assert.equal(
      implicit("resource-based"),
      `${head} because no resource-based policy allows the iam:CreateUser action`,
    );
    assert.equal(
      implicit("vpc-endpoint"),
      `${head} because no VPC endpoint policy allows the iam:CreateUser action`,
    );
    // The guide: an SCP denial always reads as an explicit deny.
    assert.equal(
      implicit("service-control"),
      `${head} with an explicit deny in a service control policy`,
    );
  });

  it("explicit denials", () => {
    const explicit = (policy: E.DenyingPolicy) =>
      E.accessDenied({ ...base, deniedBy: { policy, explicit: true } }).message;
    assert.equal(
      explicit("identity-based"),
      `${head} with an explicit deny in an identity-based policy`,
    );
    assert.equal(
      explicit("permissions-boundary"),
      `${head} with an explicit deny in a permissions boundary`,
    );
    assert.equal(explicit("session"), `${head} with an explicit deny in a session policy`);
    assert.equal(
      explicit("service-control"),
      `${head} with an explicit deny in a service control policy`,
    );
    assert.equal(
      explicit("resource-based"),
      `${head} with an explicit deny in a resource-based policy`,
    );
    assert.equal(
      explicit("vpc-endpoint"),
      `${head} with an explicit deny in a VPC endpoint policy`,
    );
  });

  it("GetAccessKeyLastUsed's own form", () => {
    const e = E.accessKeyLastUsedDenied(
      "arn:aws:iam::123456789012:user/bob",
      "AKIAIOSFODNN7EXAMPLE",
    );
    assert.equal(e.code, "AccessDenied");
    assert.equal(e.status, 403);
    assert.equal(
      e.message,
      "User: arn:aws:iam::123456789012:user/bob is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key AKIAIOSFODNN7EXAMPLE",
    );
  });
});
