import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { iamModel, stsModel } from "../../src/model/api/load.js";
import type { ApiModel } from "../../src/model/api/types.js";
import type { InputError } from "../../src/model/input-error.js";
import { parseQueryInput, MAX_LIST_INDEX, type QueryParams } from "../../src/model/query-input.js";
import { validateInput } from "../../src/model/validate-input.js";

function input(model: ApiModel, action: string, params: QueryParams): Record<string, unknown> {
  const result = parseQueryInput(model, action, params);
  assert.ok(result.ok, result.ok ? "" : result.error.message);
  return result.input;
}

function error(model: ApiModel, action: string, params: QueryParams): InputError {
  const result = parseQueryInput(model, action, params);
  assert.ok(!result.ok, `expected an error for ${JSON.stringify(params)}`);
  return result.error;
}

function validation(model: ApiModel, action: string, params: QueryParams): string {
  const e = error(model, action, params);
  assert.equal(e.code, "ValidationError");
  assert.equal(e.httpStatus, 400);
  return e.message;
}

/** A model with the shapes IAM and STS inputs do not use: maps, timestamps, blobs, deep nesting. */
const testModel: ApiModel = {
  service: { name: "test", sdkId: "Test", version: "2020-01-01", xmlNamespace: "urn:test" },
  operations: { Put: { name: "Put", input: "PutRequest", errors: [] } },
  shapes: {
    PutRequest: {
      type: "structure",
      members: {
        Attributes: { target: "AttributeMap" },
        Since: { target: "Time" },
        Data: { target: "Data" },
        Parent: { target: "Parent" },
        Count: { target: "Long" },
      },
    },
    AttributeMap: { type: "map", key: "Key", value: "Value", max: 2 },
    Key: { type: "string", min: 1, pattern: "^[a-z]+$" },
    Value: { type: "string", max: 3 },
    Time: { type: "timestamp" },
    Data: { type: "blob" },
    Long: { type: "long" },
    Parent: { type: "structure", members: { Child: { target: "Child", required: true } } },
    Child: { type: "structure", members: { Name: { target: "Key", required: true } } },
  },
};

describe("parseQueryInput: reading", () => {
  it("reads strings and ignores parameters the input does not declare", () => {
    const result = parseQueryInput(iamModel, "CreateUser", {
      Action: "CreateUser",
      Version: "2010-05-08",
      UserName: "alice",
      Path: "/eng/",
      Unknown: "x",
      "Path.Deeper": "ignored",
    });
    assert.ok(result.ok);
    assert.equal(result.operation.name, "CreateUser");
    assert.deepEqual(result.input, { Path: "/eng/", UserName: "alice" });
  });

  it("reads a Map as well as a record", () => {
    const params = new Map([["UserName", "bob"]]);
    assert.deepEqual(input(iamModel, "GetUser", params), { UserName: "bob" });
  });

  it("reads lists of structures in index order, closing gaps", () => {
    const got = input(iamModel, "TagUser", {
      UserName: "alice",
      "Tags.member.3.Key": "c",
      "Tags.member.3.Value": "3",
      "Tags.member.1.Key": "a",
      "Tags.member.1.Value": "1",
      "Tags.member.10.Key": "d",
      "Tags.member.10.Value": "",
    });
    assert.deepEqual(got, {
      UserName: "alice",
      Tags: [
        { Key: "a", Value: "1" },
        { Key: "c", Value: "3" },
        { Key: "d", Value: "" },
      ],
    });
  });

  it("reads lists of scalars and empty lists", () => {
    assert.deepEqual(
      input(iamModel, "UntagUser", {
        UserName: "a",
        "TagKeys.member.2": "y",
        "TagKeys.member.1": "x",
      }),
      { UserName: "a", TagKeys: ["x", "y"] },
    );
    assert.deepEqual(input(iamModel, "UntagUser", { UserName: "a", TagKeys: "" }), {
      UserName: "a",
      TagKeys: [],
    });
  });

  it("reads structures inside lists", () => {
    const got = input(stsModel, "AssumeRole", {
      RoleArn: "arn:aws:iam::123456789012:role/r",
      RoleSessionName: "s1",
      "PolicyArns.member.1.arn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
    });
    assert.deepEqual(got["PolicyArns"], [{ arn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }]);
  });

  it("reads integers and booleans", () => {
    assert.deepEqual(input(iamModel, "ListUsers", { MaxItems: "100", Marker: "m" }), {
      Marker: "m",
      MaxItems: 100,
    });
    assert.deepEqual(input(iamModel, "ListUsers", { MaxItems: "+7" }), { MaxItems: 7 });
    const login = { UserName: "a", Password: "p" };
    assert.equal(
      input(iamModel, "CreateLoginProfile", { ...login, PasswordResetRequired: "true" })[
        "PasswordResetRequired"
      ],
      true,
    );
    assert.equal(
      input(iamModel, "CreateLoginProfile", { ...login, PasswordResetRequired: "False" })[
        "PasswordResetRequired"
      ],
      false,
    );
  });

  it("reads maps, timestamps, blobs, longs and nested structures", () => {
    const got = input(testModel, "Put", {
      "Attributes.entry.2.key": "b",
      "Attributes.entry.2.value": "2",
      "Attributes.entry.1.key": "a",
      "Attributes.entry.1.value": "1",
      Since: "2024-03-01T12:30:00Z",
      Data: "aGk=",
      "Parent.Child.Name": "x",
      Count: "9007199254740991",
    });
    assert.deepEqual(
      got["Attributes"],
      new Map([
        ["a", "1"],
        ["b", "2"],
      ]),
    );
    assert.deepEqual(got["Since"], new Date("2024-03-01T12:30:00Z"));
    assert.deepEqual(got["Data"], new Uint8Array([104, 105]));
    assert.deepEqual(got["Parent"], { Child: { Name: "x" } });
    assert.equal(got["Count"], 9007199254740991);
  });

  it("takes an operation without input", () => {
    assert.deepEqual(input(iamModel, "DeleteAccountPasswordPolicy", { Foo: "bar" }), {});
    assert.deepEqual(input(stsModel, "GetCallerIdentity", {}), {});
  });
});

describe("parseQueryInput: AWS's validation errors", () => {
  it("reports a missing required member", () => {
    assert.equal(
      validation(iamModel, "CreateUser", {}),
      "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
    );
  });

  it("reports a pattern, without the value in IAM", () => {
    assert.equal(
      validation(iamModel, "CreateUser", { UserName: "a b" }),
      "1 validation error detected: Value at 'userName' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
  });

  it("reports lengths", () => {
    const long = "x".repeat(65);
    assert.equal(
      validation(iamModel, "CreateUser", { UserName: long }),
      "1 validation error detected: Value at 'userName' failed to satisfy constraint: " +
        "Member must have length less than or equal to 64",
    );
    assert.equal(
      validation(stsModel, "AssumeRole", { RoleArn: "", RoleSessionName: "session" }),
      "2 validation errors detected: Value '' at 'roleArn' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: " +
        "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+; " +
        "Value '' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
  });

  it("counts length in code points", () => {
    const name = "\u{1F600}".repeat(64);
    const message = validation(iamModel, "TagUser", {
      UserName: "a",
      "Tags.member.1.Key": "k",
      "Tags.member.1.Value": name + "x".repeat(193),
    });
    assert.match(
      message,
      /at 'tags\.1\.member\.value' failed to satisfy constraint: Member must have length less than or equal to 256$/,
    );
  });

  it("reports ranges", () => {
    assert.equal(
      validation(iamModel, "ListUsers", { MaxItems: "0" }),
      "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: " +
        "Member must have value greater than or equal to 1",
    );
    assert.equal(
      validation(stsModel, "GetSessionToken", { DurationSeconds: "129601" }),
      "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: " +
        "Member must have value less than or equal to 129600",
    );
  });

  it("reports enums", () => {
    const message = validation(iamModel, "UpdateAccessKey", {
      AccessKeyId: "AKIAIOSFODNN7EXAMPLE",
      Status: "On",
    });
    assert.match(
      message,
      /^1 validation error detected: Value at 'status' failed to satisfy constraint: Member must satisfy enum value set: \[Active, Inactive.*\]$/,
    );
  });

  it("names list elements tags.N.member.key, without values (recorded)", () => {
    assert.equal(
      validation(iamModel, "CreateUser", {
        UserName: "alice",
        "Tags.member.1.Key": "ok",
        "Tags.member.1.Value": "fine",
        "Tags.member.2.Key": "team",
        "Tags.member.2.Value": "a(b)",
        "Tags.member.3.Value": "v",
      }),
      "2 validation errors detected: Value at 'tags.2.member.value' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*; " +
        "Value null at 'tags.3.member.key' failed to satisfy constraint: Member must not be null",
    );
  });

  it("reports a list of strings as a whole, naming every rule of its element (recorded)", () => {
    // AWS's answer to UntagPolicy with a key of 129 characters (localstack's IAM snapshots, 2026).
    const tagKeys =
      "1 validation error detected: Value at 'tagKeys' failed to satisfy constraint: " +
      "Member must satisfy constraint: [Member must have length less than or equal to 128, " +
      "Member must have length greater than or equal to 1, Member must satisfy regular " +
      "expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+, Member must not be null]";
    for (const key of ["k".repeat(129), "", "bad#key"]) {
      const params = { PolicyArn: "arn:aws:iam::123456789012:policy/p", "TagKeys.member.1": "ok" };
      assert.equal(
        validation(iamModel, "UntagPolicy", { ...params, "TagKeys.member.2": key }),
        tagKeys,
      );
    }
  });

  it("checks members in AWS's order, not the model's (recorded)", () => {
    // AWS's answer to CreateOpenIDConnectProvider with a long URL, an empty client id and a short
    // thumbprint (localstack's IAM snapshots, 2026): clientIDList, thumbprintList, url.
    assert.equal(
      validation(iamModel, "CreateOpenIDConnectProvider", {
        Url: `https://${"a".repeat(250)}.com`,
        "ClientIDList.member.1": "",
        "ThumbprintList.member.1": "abc",
      }),
      "3 validation errors detected: Value at 'clientIDList' failed to satisfy constraint: " +
        "Member must satisfy constraint: [Member must have length less than or equal to 255, " +
        "Member must have length greater than or equal to 1]; Value at 'thumbprintList' failed to " +
        "satisfy constraint: Member must satisfy constraint: [Member must have length less than or " +
        "equal to 40, Member must have length greater than or equal to 40]; Value at 'url' failed " +
        "to satisfy constraint: Member must have length less than or equal to 255",
    );
  });

  it("reports a list's length without the list (recorded)", () => {
    const params: Record<string, string> = { UserName: "a" };
    for (let i = 1; i <= 51; i++) params[`TagKeys.member.${i}`] = `k${i}`;
    const message = validation(iamModel, "UntagUser", params);
    assert.match(
      message,
      /^1 validation error detected: Value at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
  });

  it("lower-cases only the first letter of member names", () => {
    const message = validation(iamModel, "CreateSAMLProvider", { Name: "p" });
    assert.match(
      message,
      /Value null at 'sAMLMetadataDocument' failed to satisfy constraint: Member must not be null/,
    );
  });

  it("does not echo sensitive values", () => {
    assert.equal(
      validation(iamModel, "CreateLoginProfile", { UserName: "a", Password: "é\u0001" }),
      "1 validation error detected: Value at 'password' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    );
  });

  it("matches anchored alternations as a whole", () => {
    const list = (prefix: string) => ({
      PolicyArn: "arn:aws:iam::aws:policy/P",
      PathPrefix: prefix,
    });
    assert.equal(input(iamModel, "ListEntitiesForPolicy", list("/"))["PathPrefix"], "/");
    assert.equal(input(iamModel, "ListEntitiesForPolicy", list("/x/y/"))["PathPrefix"], "/x/y/");
    for (const prefix of ["/x", "x/", "x"]) {
      assert.match(
        validation(iamModel, "ListEntitiesForPolicy", list(prefix)),
        /at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: \(\\u002F\)\|\(\\u002F\[\\u0021-\\u007E\]\+\\u002F\)$/,
      );
    }
  });

  it("leaves a Path's pattern to the actions (AWS's own words), not its length", () => {
    for (const path of ["/x", "x/", "x"]) {
      assert.equal(input(iamModel, "CreateUser", { UserName: "a", Path: path })["Path"], path);
      assert.equal(
        input(iamModel, "UpdateGroup", { GroupName: "g", NewPath: path })["NewPath"],
        path,
      );
    }
    assert.equal(
      validation(iamModel, "CreateVirtualMFADevice", {
        VirtualMFADeviceName: "d",
        Path: `/${"a".repeat(512)}/`,
      }),
      "1 validation error detected: Value at 'path' failed to satisfy constraint: " +
        "Member must have length less than or equal to 512",
    );
  });

  it("reports map constraints as AWS does", () => {
    const e = parseQueryInput(testModel, "Put", {
      "Attributes.entry.1.key": "A",
      "Attributes.entry.1.value": "long",
    });
    assert.ok(!e.ok);
    assert.equal(
      e.error.message,
      "2 validation errors detected: Value '{A=long}' at 'attributes' failed to satisfy constraint: " +
        "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-z]+]; " +
        "Value '{A=long}' at 'attributes' failed to satisfy constraint: " +
        "Map value must satisfy constraint: [Member must have length less than or equal to 3]",
    );
  });

  it("reports required members of nested structures only when the parent is present", () => {
    assert.deepEqual(input(testModel, "Put", {}), {});
    const e = parseQueryInput(testModel, "Put", {
      "Parent.Child.Other": "x",
      "Parent.Child.Name": "",
    });
    assert.ok(!e.ok);
    assert.match(
      e.error.message,
      /at 'parent\.child\.name' failed to satisfy constraint: Member must have length greater than or equal to 1$/,
    );
  });

  it("lists at most 100 violations but counts them all", () => {
    const params: Record<string, string> = { UserName: "a" };
    for (let i = 1; i <= 150; i++) {
      params[`Tags.member.${i}.Key`] = "";
      params[`Tags.member.${i}.Value`] = "(";
    }
    const message = validation(iamModel, "TagUser", params);
    assert.ok(message.startsWith("451 validation errors detected: "));
    assert.equal(message.split("; ").length, 100);
  });
});

describe("parseQueryInput: malformed requests", () => {
  it("refuses values that are not of the member's type", () => {
    assert.deepEqual(error(iamModel, "ListUsers", { MaxItems: "abc" }), {
      code: "InvalidParameterValue",
      httpStatus: 400,
      message: "Value 'abc' for parameter MaxItems is invalid. It must be an integer.",
    });
    for (const bad of ["1.5", "1e3", "", " 1", "2147483648", "99999999999999999999"]) {
      assert.equal(
        error(iamModel, "ListUsers", { MaxItems: bad }).code,
        "InvalidParameterValue",
        bad,
      );
    }
    const login = { UserName: "a", Password: "p", PasswordResetRequired: "yes" };
    assert.equal(
      error(iamModel, "CreateLoginProfile", login).message,
      "Value 'yes' for parameter PasswordResetRequired is invalid. It must be true or false.",
    );
    assert.equal(error(testModel, "Put", { Since: "yesterday" }).code, "InvalidParameterValue");
    assert.equal(error(testModel, "Put", { Data: "not base64!" }).code, "InvalidParameterValue");
  });

  it("refuses list indices out of bounds without allocating them", () => {
    const e = error(iamModel, "UntagUser", { UserName: "a", "TagKeys.member.999999999": "x" });
    assert.equal(e.code, "InvalidParameterValue");
    assert.equal(
      e.message,
      `Value 'x' for parameter TagKeys.member.999999999 is invalid. It must be indexed from 1 to ${MAX_LIST_INDEX}.`,
    );
    assert.deepEqual(
      input(iamModel, "UntagUser", {
        UserName: "a",
        "TagKeys.member.0": "x",
        "TagKeys.member.01": "y",
        "TagKeys.member.x": "z",
      }),
      { UserName: "a", TagKeys: [] },
    );
  });

  it("answers InvalidAction for an unknown action", () => {
    assert.deepEqual(error(iamModel, "AssumeRole", {}), {
      code: "InvalidAction",
      httpStatus: 400,
      message: "Could not find operation AssumeRole for version 2010-05-08",
    });
    assert.equal(error(stsModel, "__proto__", {}).code, "InvalidAction");
  });

  it("never throws, whatever the parameters", () => {
    const weird: Record<string, string> = {
      "": "",
      ".": ".",
      "UserName.": "x",
      "Tags.member": "x",
      "Tags.member.1": "x",
      "Tags.member.1.Key.Deeper": "x",
      "__proto__.polluted": "x",
      "constructor.prototype": "x",
      ["a.".repeat(5000)]: "x",
    };
    for (const action of [...Object.keys(iamModel.operations), "Nope"]) {
      assert.doesNotThrow(() => parseQueryInput(iamModel, action, weird));
    }
    assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
  });
});

describe("validateInput", () => {
  it("checks JSON input of the wrong type", () => {
    assert.equal(
      validateInput(iamModel, "ListUsersRequest", { MaxItems: "10" })?.code,
      "InvalidParameterValue",
    );
    assert.equal(
      validateInput(iamModel, "CreateUserRequest", { UserName: 5 })?.code,
      "InvalidParameterValue",
    );
    assert.equal(
      validateInput(iamModel, "CreateUserRequest", { UserName: "a", Tags: {} })?.code,
      "InvalidParameterValue",
    );
    assert.equal(validateInput(iamModel, "CreateUserRequest", null)?.code, "InvalidParameterValue");
    assert.equal(validateInput(iamModel, "CreateUserRequest", { UserName: "alice" }), undefined);
  });
});
