import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_QUOTAS,
  LIMIT_EXCEEDED_NAMES,
  QuotaConfigError,
  SUMMARY_QUOTA_KEYS,
  loadQuotas,
  summaryQuotas,
} from "../../src/model/quotas.js";
import { iamModel } from "../../src/model/api/load.js";

describe("quotas", () => {
  it("defaults are IAM's", () => {
    const q = loadQuotas();
    assert.equal(q.users, 5000);
    assert.equal(q.groups, 300);
    assert.equal(q.roles, 1000);
    assert.equal(q.policies, 1500);
    assert.equal(q.groupsPerUser, 10);
    assert.equal(q.attachedPoliciesPerUser, 10);
    assert.equal(q.accessKeysPerUser, 2);
    assert.equal(q.mfaDevicesPerUser, 8);
    assert.equal(q.versionsPerPolicy, 5);
    assert.equal(q.instanceProfiles, 1000);
    assert.equal(q.rolesPerInstanceProfile, 1);
    assert.equal(q.userPolicySize, 2048);
    assert.equal(q.groupPolicySize, 5120);
    assert.equal(q.rolePolicySize, 10240);
    assert.equal(q.policySize, 6144);
    assert.equal(q.assumeRolePolicySize, 2048);
    assert.equal(q.tagsPerResource, 50);
    assert.ok(Object.isFrozen(q));
  });

  it("the summary matches a GetAccountSummary recorded from AWS", () => {
    assert.deepEqual(summaryQuotas(DEFAULT_QUOTAS), {
      AccessKeysPerUserQuota: 2,
      AssumeRolePolicySizeQuota: 2048,
      AttachedPoliciesPerGroupQuota: 10,
      AttachedPoliciesPerRoleQuota: 10,
      AttachedPoliciesPerUserQuota: 10,
      GroupPolicySizeQuota: 5120,
      GroupsPerUserQuota: 10,
      GroupsQuota: 300,
      InstanceProfilesQuota: 1000,
      PoliciesQuota: 1500,
      PolicySizeQuota: 6144,
      PolicyVersionsInUseQuota: 10000,
      RolePolicySizeQuota: 10240,
      RolesQuota: 1000,
      ServerCertificatesQuota: 20,
      SigningCertificatesPerUserQuota: 2,
      UserPolicySizeQuota: 2048,
      UsersQuota: 5000,
      VersionsPerPolicyQuota: 5,
    });
  });

  it("summary keys are members of the model's summaryKeyType (where the model lists them)", () => {
    const shape = iamModel.shapes["summaryKeyType"];
    assert.ok(shape && shape.type === "enum");
    const known = new Set(shape.values);
    for (const key of Object.values(SUMMARY_QUOTA_KEYS)) {
      if (
        [
          "RolesQuota",
          "InstanceProfilesQuota",
          "RolePolicySizeQuota",
          "AssumeRolePolicySizeQuota",
        ].includes(key)
      )
        continue;
      assert.ok(known.has(key), key);
    }
  });

  it("LimitExceeded names seen from AWS", () => {
    assert.equal(LIMIT_EXCEEDED_NAMES.accessKeysPerUser, "AccessKeysPerUser");
    assert.equal(LIMIT_EXCEEDED_NAMES.attachedPoliciesPerUser, "PoliciesPerUser");
    assert.equal(LIMIT_EXCEEDED_NAMES.attachedPoliciesPerRole, "PoliciesPerRole");
    assert.equal(
      LIMIT_EXCEEDED_NAMES.rolesPerInstanceProfile,
      "InstanceSessionsPerInstanceProfile",
    );
    assert.equal(LIMIT_EXCEEDED_NAMES.assumeRolePolicySize, "ACLSizePerRole");
  });

  it("overrides: numbers and digit strings", () => {
    const q = loadQuotas({ users: 10, accessKeysPerUser: "3", groups: undefined });
    assert.equal(q.users, 10);
    assert.equal(q.accessKeysPerUser, 3);
    assert.equal(q.groups, 300);
    assert.equal(DEFAULT_QUOTAS.users, 5000);
  });

  it("overrides: refuses unknown names and anything but a positive integer", () => {
    assert.throws(
      () => loadQuotas({ userz: 1 }),
      (e) => e instanceof QuotaConfigError && /Unknown quota "userz"/.test(e.message),
    );
    for (const bad of [
      0,
      -1,
      1.5,
      NaN,
      Infinity,
      "abc",
      "",
      "1e3",
      "-2",
      true,
      null,
      {},
      2 ** 60,
    ]) {
      assert.throws(() => loadQuotas({ users: bad }), QuotaConfigError, String(bad));
    }
    assert.throws(
      () => loadQuotas({ users: 0 }),
      /Quota "users" must be a positive integer, got 0\./,
    );
  });
});
