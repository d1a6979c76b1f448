import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compileResourcePattern } from "../../src/policy/resource.js";
import { RequestContext } from "../../src/policy/context.js";

const ctx = new RequestContext(
  { "aws:username": "alice", "aws:PrincipalTag/team": "blue", "aws:TagKeys": ["a", "b"] },
  "arn:aws:iam::123456789012:user/alice",
  false,
);

function matches(pattern: string, resource: string, version = "2012-10-17"): boolean {
  const v = version === "" ? undefined : (version as "2012-10-17" | "2008-10-17");
  return compileResourcePattern(pattern, v).matches(resource, ctx.resolve);
}

// IAM User Guide, "IAM JSON policy elements: Resource".
describe("Resource element matching (IAM User Guide: IAM JSON policy elements: Resource)", () => {
  test("* matches every resource, ARN or not", () => {
    assert.ok(matches("*", "arn:aws:s3:::bucket"));
    assert.ok(matches("*", "*"));
  });

  test("an exact ARN matches only itself, case-sensitively", () => {
    assert.ok(matches("arn:aws:iam::123456789012:user/Bob", "arn:aws:iam::123456789012:user/Bob"));
    assert.ok(!matches("arn:aws:iam::123456789012:user/Bob", "arn:aws:iam::123456789012:user/bob"));
  });

  test("* in the resource part crosses / (the amzn-s3-demo-bucket/*/test/* example)", () => {
    const p = "arn:aws:s3:::amzn-s3-demo-bucket/*/test/*";
    for (const key of [
      "1/test/object.jpg",
      "1/2/test/object.jpg",
      "1/2/test/3/object.jpg",
      "1///test///object.jpg",
      "/test/object.jpg",
      "1/test/",
    ]) {
      assert.ok(matches(p, `arn:aws:s3:::amzn-s3-demo-bucket/${key}`), key);
    }
    for (const key of ["1-test/object.jpg", "test/object.jpg", "1/2/test.jpg"]) {
      assert.ok(!matches(p, `arn:aws:s3:::amzn-s3-demo-bucket/${key}`), key);
    }
  });

  test("* and ? in the resource part also match colons", () => {
    assert.ok(
      matches(
        "arn:aws:logs:us-east-1:123456789012:log-group:*",
        "arn:aws:logs:us-east-1:123456789012:log-group:/aws/x:log-stream:y",
      ),
    );
    assert.ok(matches("arn:aws:s3:::b/a?c", "arn:aws:s3:::b/a:c"));
  });

  test("a wildcard inside one of the first five parts does not cross a colon", () => {
    assert.ok(
      matches(
        "arn:aws:ec2:us-*-1:123456789012:instance/*",
        "arn:aws:ec2:us-east-1:123456789012:instance/i-1",
      ),
    );
    assert.ok(
      !matches(
        "arn:aws:ec2:us-*-1:123456789012:instance/*",
        "arn:aws:ec2:us-east:9-1:123456789012:instance/i-1",
      ),
    );
    assert.ok(
      !matches(
        "arn:aws:ec2:us-east-?:123456789012:instance/*",
        "arn:aws:ec2:us-east-:123456789012:instance/i-1",
      ),
    );
    assert.ok(
      matches("arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:eu-west-1:999999999999:instance/i-1"),
    );
  });

  test("a * that ends a part may run past the colon (AWS: last character of a segment)", () => {
    assert.ok(matches("arn:aws:s3:*", "arn:aws:s3:::bucket/key"));
    assert.ok(matches("arn:aws:iam::*", "arn:aws:iam::123456789012:user/alice"));
    assert.ok(!matches("arn:aws:s3:*", "arn:aws:sqs:us-east-1:1:q"));
  });

  test("an ARN pattern never matches a resource that is not an ARN", () => {
    assert.ok(!matches("arn:aws:s3:::*", "*"));
    assert.ok(!matches("arn:aws:s3:::bucket", "bucket"));
  });

  // IAM User Guide, "IAM policy elements: Variables and tags".
  test("policy variables are filled in from the request context", () => {
    assert.ok(matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/x"));
    assert.ok(!matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/bob/x"));
    assert.ok(matches("arn:aws:s3:::t/${aws:PrincipalTag/team}", "arn:aws:s3:::t/blue"));
    assert.ok(
      matches("arn:aws:s3:::t/${AWS:USERNAME}", "arn:aws:s3:::t/alice"),
      "keys are case-insensitive",
    );
  });

  test("a variable's value is literal: wildcards in it do not expand", () => {
    const star = new RequestContext({ "aws:username": "*" }, undefined, false);
    const p = compileResourcePattern("arn:aws:s3:::home/${aws:username}", "2012-10-17");
    assert.ok(p.matches("arn:aws:s3:::home/*", star.resolve));
    assert.ok(!p.matches("arn:aws:s3:::home/alice", star.resolve));
  });

  test("a variable with no value matches nothing; a default fills in", () => {
    assert.ok(!matches("arn:aws:s3:::t/${aws:PrincipalTag/missing}", "arn:aws:s3:::t/"));
    assert.ok(!matches("arn:aws:s3:::t/${aws:PrincipalTag/missing}*", "arn:aws:s3:::t/x"));
    assert.ok(matches("arn:aws:s3:::t/${aws:PrincipalTag/missing, 'none'}", "arn:aws:s3:::t/none"));
    assert.ok(
      !matches("arn:aws:s3:::t/${aws:TagKeys}", "arn:aws:s3:::t/a"),
      "multivalued keys are not variables",
    );
  });

  test("the escapes ${*}, ${?} and ${$} are literal characters", () => {
    assert.ok(matches("arn:aws:s3:::b/${*}", "arn:aws:s3:::b/*"));
    assert.ok(!matches("arn:aws:s3:::b/${*}", "arn:aws:s3:::b/x"));
    assert.ok(matches("arn:aws:s3:::b/${?}", "arn:aws:s3:::b/?"));
    assert.ok(!matches("arn:aws:s3:::b/${?}", "arn:aws:s3:::b/x"));
    assert.ok(matches("arn:aws:s3:::b/${$}", "arn:aws:s3:::b/$"));
  });

  test("under Version 2008-10-17 or none, ${...} is literal text", () => {
    assert.ok(
      matches(
        "arn:aws:s3:::home/${aws:username}",
        "arn:aws:s3:::home/${aws:username}",
        "2008-10-17",
      ),
    );
    assert.ok(
      !matches("arn:aws:s3:::home/${aws:username}", "arn:aws:s3:::home/alice", "2008-10-17"),
    );
    assert.ok(!matches("arn:aws:s3:::home/${aws:username}", "arn:aws:s3:::home/alice", ""));
  });
});
