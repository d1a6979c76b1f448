import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  assumedRoleArn,
  awsManagedPolicyArn,
  federatedUserArn,
  groupArn,
  instanceProfileArn,
  isAwsManagedPolicyArn,
  mfaArn,
  oidcProviderArn,
  parseIamArn,
  parsePolicyArn,
  parseStsArn,
  policyArn,
  roleArn,
  rootArn,
  samlProviderArn,
  serverCertificateArn,
  userArn,
} from "../../src/model/arns.js";

const ACCT = "123456789012";

describe("building ARNs", () => {
  it("matches the IAM User Guide's examples", () => {
    assert.equal(rootArn(ACCT), "arn:aws:iam::123456789012:root");
    assert.equal(userArn(ACCT, "Bob"), "arn:aws:iam::123456789012:user/Bob");
    assert.equal(
      userArn(ACCT, "Bob", "/division_abc/subdivision_xyz/"),
      "arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob",
    );
    assert.equal(
      groupArn(ACCT, "Developers", "/division_abc/subdivision_xyz/product_A/"),
      "arn:aws:iam::123456789012:group/division_abc/subdivision_xyz/product_A/Developers",
    );
    assert.equal(roleArn(ACCT, "S3Access"), "arn:aws:iam::123456789012:role/S3Access");
    assert.equal(
      policyArn(ACCT, "ManageCredentialsPermissions"),
      "arn:aws:iam::123456789012:policy/ManageCredentialsPermissions",
    );
    assert.equal(
      instanceProfileArn(ACCT, "Webserver"),
      "arn:aws:iam::123456789012:instance-profile/Webserver",
    );
    assert.equal(federatedUserArn(ACCT, "Bob"), "arn:aws:sts::123456789012:federated-user/Bob");
    assert.equal(
      assumedRoleArn(ACCT, "Accounting-Role", "Mary"),
      "arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary",
    );
    assert.equal(mfaArn(ACCT, "Bob"), "arn:aws:iam::123456789012:mfa/Bob");
    assert.equal(
      serverCertificateArn(ACCT, "ProdServerCert", "/division_abc/subdivision_xyz/"),
      "arn:aws:iam::123456789012:server-certificate/division_abc/subdivision_xyz/ProdServerCert",
    );
    assert.equal(
      samlProviderArn(ACCT, "ADFSProvider"),
      "arn:aws:iam::123456789012:saml-provider/ADFSProvider",
    );
    assert.equal(
      oidcProviderArn(ACCT, "https://token.actions.githubusercontent.com"),
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
    );
  });

  it("AWS managed policies and other partitions", () => {
    assert.equal(
      awsManagedPolicyArn("ViewOnlyAccess", "/job-function/"),
      "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
    );
    assert.equal(userArn(ACCT, "alice", "/", "aws-cn"), "arn:aws-cn:iam::123456789012:user/alice");
    assert.equal(rootArn(ACCT, "aws-us-gov"), "arn:aws-us-gov:iam::123456789012:root");
  });
});

describe("parsing ARNs", () => {
  it("round-trips every type with paths", () => {
    const build = {
      user: userArn,
      group: groupArn,
      role: roleArn,
      policy: policyArn,
      "instance-profile": instanceProfileArn,
      "server-certificate": serverCertificateArn,
      mfa: mfaArn,
    } as const;
    for (const [type, make] of Object.entries(build)) {
      for (const path of ["/", "/division/", "/division/sub/"]) {
        const arn = make(ACCT, "alice", path, "aws");
        assert.deepEqual(
          parseIamArn(arn),
          { partition: "aws", account: ACCT, type, path, name: "alice" },
          arn,
        );
      }
    }
  });

  it("refuses what is not an IAM ARN with a path", () => {
    for (const bad of [
      "alice",
      "arn:aws:iam::123456789012:root",
      "arn:aws:iam::123456789012:user/",
      "arn:aws:iam::123456789012:user//alice",
      "arn:aws:iam::123456789012:user/alice/",
      "arn:aws:iam:us-east-1:123456789012:user/alice",
      "arn:aws:iam::12345678901:user/alice",
      "arn:aws:iam::aws:user/alice",
      "arn:aws:s3:::bucket/alice",
      "arn:aws:iam::123456789012:widget/alice",
      "arn:aws:iam::123456789012:user/al ice",
    ]) {
      assert.equal(parseIamArn(bad), undefined, bad);
    }
  });

  it("parsePolicyArn: customer and AWS managed", () => {
    assert.deepEqual(parsePolicyArn("arn:aws:iam::123456789012:policy/a/b/MyPolicy"), {
      partition: "aws",
      account: ACCT,
      path: "/a/b/",
      name: "MyPolicy",
    });
    assert.deepEqual(parsePolicyArn("arn:aws:iam::aws:policy/AdministratorAccess"), {
      partition: "aws",
      account: "aws",
      path: "/",
      name: "AdministratorAccess",
    });
    assert.ok(isAwsManagedPolicyArn("arn:aws:iam::aws:policy/service-role/AWSLambdaRole"));
    assert.ok(!isAwsManagedPolicyArn("arn:aws:iam::123456789012:policy/x"));
  });

  it("parsePolicyArn refuses what IAM calls not valid", () => {
    for (const bad of [
      "longpolicynamebutnoarn",
      "arn:aws:iam::111111111111:not_a_policy/invalid",
      "arn:aws:iam::aws:policy/",
      "arn:aws:iam::123456789012:policy/a//b",
      "arn:aws:iam::123456789012:policy/a*/b",
      "arn:aws:iam::123456789012:policy/" + "p".repeat(129),
      "arn:aws:iam::123456789012:user/alice",
    ]) {
      assert.equal(parsePolicyArn(bad), undefined, bad);
    }
  });

  it("parseStsArn", () => {
    assert.deepEqual(parseStsArn(assumedRoleArn(ACCT, "Admin", "alice@example.com")), {
      partition: "aws",
      account: ACCT,
      type: "assumed-role",
      name: "Admin",
      session: "alice@example.com",
    });
    assert.deepEqual(parseStsArn(federatedUserArn(ACCT, "Bob")), {
      partition: "aws",
      account: ACCT,
      type: "federated-user",
      name: "Bob",
    });
    for (const bad of [
      "arn:aws:sts::123456789012:assumed-role/Admin",
      "arn:aws:sts::123456789012:assumed-role/Admin/",
      "arn:aws:sts::123456789012:assumed-role/Admin/a/b",
      "arn:aws:sts::123456789012:federated-user/a/b",
      "arn:aws:iam::123456789012:user/Bob",
    ]) {
      assert.equal(parseStsArn(bad), undefined, bad);
    }
  });
});
