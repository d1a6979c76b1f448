/**
 * The AWS SDK's own credential providers and boto3 use Gatehouse's
 * temporary credentials unchanged: the JavaScript SDK's fromIni (a shared
 * credentials file with aws_session_token), fromProcess (credential_process
 * JSON with an Expiration) and fromEnv (AWS_SESSION_TOKEN); and boto3
 * (Debian's python3-boto3, /usr/bin/python3) calling GetSessionToken — with
 * an MFA code — and GetFederationToken itself, then signing with what it got.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import { GetUserCommand, IAMClient } from "@aws-sdk/client-iam";
import {
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  STSClient,
} from "@aws-sdk/client-sts";
import { fromEnv, fromIni, fromProcess } from "@aws-sdk/credential-providers";
import { failMissing, PYTHON, run } from "../e2e/tools.js";
import { ACCOUNT, useServer } from "../server/harness.js";
import {
  allow,
  BOTO3_PRELUDE,
  boto3Problem,
  enrolMfa,
  iamClient,
  stsClient,
  userWithKeys,
} from "./helpers.js";

const srv = useServer();
const dir = mkdtempSync(join(tmpdir(), "gatehouse-sts-providers-"));
after(() => rmSync(dir, { recursive: true, force: true }));

type Provider = ReturnType<typeof fromEnv>;

const stsWith = (credentials: Provider) =>
  new STSClient({ region: "us-east-1", endpoint: srv.url, credentials, maxAttempts: 1 });
const iamWith = (credentials: Provider) =>
  new IAMClient({ region: "us-east-1", endpoint: srv.url, credentials, maxAttempts: 1 });

describe("the JavaScript SDK's credential providers", () => {
  beforeEach(() => srv.reset());

  test("fromIni: a profile with aws_session_token (GetSessionToken credentials)", async () => {
    const { keys } = await userWithKeys(srv, "ini");
    const c = (await stsClient(srv, keys).send(new GetSessionTokenCommand({}))).Credentials;
    const filepath = join(dir, "credentials");
    writeFileSync(
      filepath,
      `[temp]\naws_access_key_id = ${c?.AccessKeyId}\n` +
        `aws_secret_access_key = ${c?.SecretAccessKey}\naws_session_token = ${c?.SessionToken}\n`,
    );
    const configFilepath = join(dir, "config-empty");
    writeFileSync(configFilepath, "");
    const provider = fromIni({ profile: "temp", filepath, configFilepath });
    const me = await stsWith(provider).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, `arn:aws:iam::${ACCOUNT}:user/ini`);
  });

  test("fromProcess: credential_process answering GetFederationToken credentials", async () => {
    const { keys } = await userWithKeys(srv, "proc", allow("sts:GetFederationToken"));
    const out = await stsClient(srv, keys).send(
      new GetFederationTokenCommand({ Name: "from-process", DurationSeconds: 900 }),
    );
    const c = out.Credentials;
    const json = join(dir, "process.json");
    writeFileSync(
      json,
      JSON.stringify({
        Version: 1,
        AccessKeyId: c?.AccessKeyId,
        SecretAccessKey: c?.SecretAccessKey,
        SessionToken: c?.SessionToken,
        Expiration: c?.Expiration?.toISOString(),
      }),
    );
    const configFilepath = join(dir, "config");
    writeFileSync(configFilepath, `[profile proc]\ncredential_process = /bin/cat ${json}\n`);
    const filepath = join(dir, "credentials-empty");
    writeFileSync(filepath, "");
    const provider = fromProcess({ profile: "proc", filepath, configFilepath });
    const identity = await provider();
    assert.equal(identity.expiration?.getTime(), c?.Expiration?.getTime());
    const me = await stsWith(provider).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:federated-user/from-process`);
  });

  test("fromEnv: AWS_SESSION_TOKEN, for a session with MFA that may call IAM", async () => {
    const { keys } = await userWithKeys(srv, "env", allow("iam:*MFA*", "iam:GetUser"));
    const auth = await enrolMfa(iamClient(srv, keys), "env");
    const c = (
      await stsClient(srv, keys).send(
        new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: auth.next() }),
      )
    ).Credentials;
    const saved = { ...process.env };
    try {
      process.env["AWS_ACCESS_KEY_ID"] = c?.AccessKeyId ?? "";
      process.env["AWS_SECRET_ACCESS_KEY"] = c?.SecretAccessKey ?? "";
      process.env["AWS_SESSION_TOKEN"] = c?.SessionToken ?? "";
      const provider = fromEnv();
      const identity = await provider();
      assert.equal(identity.sessionToken, c?.SessionToken);
      const me = await iamWith(provider).send(new GetUserCommand({}));
      assert.equal(me.User?.UserName, "env");
    } finally {
      for (const k of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
        if (saved[k] === undefined) Reflect.deleteProperty(process.env, k);
        else process.env[k] = saved[k];
      }
    }
  });
});

const problem = boto3Problem();

const BOTO3 = `${BOTO3_PRELUDE}
def error_of(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
    return None

def temp(service, c):
    return client(service, c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])

out = {}
user_sts = client("sts", args["keyId"], args["secret"])
plain = user_sts.get_session_token(DurationSeconds=900)["Credentials"]
out["expirationType"] = type(plain["Expiration"]).__name__
out["plainIdentity"] = temp("sts", plain).get_caller_identity()["Arn"]
out["plainIam"] = error_of(temp("iam", plain).get_user)
out["again"] = error_of(temp("sts", plain).get_session_token)

strong = user_sts.get_session_token(SerialNumber=args["serial"], TokenCode=args["code"])["Credentials"]
out["strongUser"] = temp("iam", strong).get_user()["User"]["UserName"]
out["replayed"] = error_of(user_sts.get_session_token, SerialNumber=args["serial"], TokenCode=args["code"])

fed = user_sts.get_federation_token(
    Name="boto", Policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}))
out["federatedUser"] = fed["FederatedUser"]
out["packed"] = fed["PackedPolicySize"]
out["fedIdentity"] = temp("sts", fed["Credentials"]).get_caller_identity()["UserId"]
out["fedIam"] = error_of(temp("iam", fed["Credentials"]).list_users)
print(json.dumps(out, default=str))
`;

if (problem !== undefined) {
  failMissing("boto3 with Gatehouse's temporary credentials", problem);
} else {
  describe("boto3 with Gatehouse's temporary credentials", () => {
    test("GetSessionToken (plain and with MFA) and GetFederationToken, used as they come", async () => {
      await srv.reset();
      const policy = allow("iam:*MFA*", "iam:GetUser", "sts:GetFederationToken", "s3:*");
      const { keys } = await userWithKeys(srv, "py", policy);
      const auth = await enrolMfa(iamClient(srv, keys), "py");
      const r = await run(
        PYTHON,
        ["-c", BOTO3],
        {},
        JSON.stringify({
          endpoint: srv.url,
          keyId: keys.accessKeyId,
          secret: keys.secretAccessKey,
          serial: auth.serialNumber,
          code: auth.next(),
        }),
      );
      assert.equal(r.code, 0, `python exited ${r.code}:\n${r.stderr}`);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.equal(out["expirationType"], "datetime");
      assert.equal(out["plainIdentity"], `arn:aws:iam::${ACCOUNT}:user/py`);
      assert.deepEqual(out["plainIam"], {
        code: "InvalidClientTokenId",
        message: "The security token included in the request is invalid",
        status: 403,
      });
      assert.deepEqual(out["again"], {
        code: "AccessDenied",
        message: "Cannot call GetSessionToken with session credentials",
        status: 403,
      });
      assert.equal(out["strongUser"], "py");
      assert.deepEqual(out["replayed"], {
        code: "AccessDenied",
        message: "MultiFactorAuthentication failed with invalid MFA one time pass code. ",
        status: 403,
      });
      assert.deepEqual(out["federatedUser"], {
        FederatedUserId: `${ACCOUNT}:boto`,
        Arn: `arn:aws:sts::${ACCOUNT}:federated-user/boto`,
      });
      assert.ok(typeof out["packed"] === "number" && out["packed"] > 0);
      assert.equal(out["fedIdentity"], `${ACCOUNT}:boto`);
      assert.equal((out["fedIam"] as { code: string }).code, "InvalidClientTokenId");
    });
  });
}
