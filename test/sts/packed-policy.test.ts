/**
 * The packed-session size rule (src/sts/packed-policy.ts): AWS's published
 * example comes out as AWS answered it, whitespace does not count,
 * repetitive policies fit where random text does not, and the two
 * PackedPolicyTooLarge texts.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import { IamError } from "../../src/model/errors.js";
import { checkPackedPolicySize, packedSize } from "../../src/sts/packed-policy.js";

/** The IAM User Guide's GetFederationToken example; AWS answered PackedPolicySize 36. */
const EXAMPLE = {
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Action: "ec2:Describe*", Resource: "*" },
    { Effect: "Allow", Action: "elasticloadbalancing:Describe*", Resource: "*" },
    {
      Effect: "Allow",
      Action: ["cloudwatch:ListMetrics", "cloudwatch:GetMetricStatistics", "cloudwatch:Describe*"],
      Resource: "*",
    },
    { Effect: "Allow", Action: "autoscaling:Describe*", Resource: "*" },
  ],
};
const S3_READ = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

const thrown = (f: () => unknown): IamError => {
  try {
    f();
  } catch (err) {
    if (err instanceof IamError) return err;
    throw err;
  }
  throw new Error("nothing thrown");
};

describe("PackedPolicySize", () => {
  test("AWS's example: 36 %, however the policy is indented", () => {
    for (const indent of [0, 2, 4]) {
      const policy = JSON.stringify(EXAMPLE, null, indent);
      assert.equal(packedSize({ policy, policyArns: [S3_READ] }).percent, 36);
    }
  });

  test("nothing passed is 0 %; anything at least 1 %", () => {
    assert.deepEqual(packedSize({}), { percent: 0, tagsPercent: 0 });
    const one = packedSize({ tags: [{ Key: "a", Value: "" }] });
    assert.ok(one.percent >= 1 && one.tagsPercent === one.percent);
  });

  test("a long repetitive policy fits; as much random text does not", () => {
    const repetitive = JSON.stringify({
      Version: "2012-10-17",
      Statement: Array.from({ length: 20 }, (_, i) => ({
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::bucket-${i}/*`,
      })),
    });
    assert.ok(repetitive.length > 1500);
    assert.ok(checkPackedPolicySize({ policy: repetitive }) < 100);
    const random = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: "s3:GetObject", Resource: randomBytes(900).toString("hex") },
      ],
    });
    const err = thrown(() => checkPackedPolicySize({ policy: random.slice(0, 2048) }));
    assert.equal(err.code, "PackedPolicyTooLarge");
    assert.equal(err.status, 400);
    assert.match(
      err.message,
      /^Packed policy consumes \d+% of allotted space, please use smaller policy\.$/,
    );
  });

  test("tags alone over the budget answer the tags' text", () => {
    const tags = Array.from({ length: 10 }, (_, i) => ({
      Key: `key-${i}`,
      Value: randomBytes(96).toString("base64"),
    }));
    const size = packedSize({ tags });
    assert.ok(size.tagsPercent > 100);
    const err = thrown(() => checkPackedPolicySize({ tags }));
    assert.equal(
      err.message,
      `Packed size of session tags consumes ${size.tagsPercent}% of allotted space.`,
    );
  });
});
