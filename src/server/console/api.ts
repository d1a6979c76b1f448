/**
 * The console's JSON API, all under /console/api/:
 *
 *   POST signin               {account, root?, userName?, password} → the next step
 *   POST signin/mfa           {code}                               → the next step
 *   POST signin/new-password  {oldPassword, newPassword}           → the next step
 *   GET  session              who is signed in, and the CSRF token
 *   POST signout
 *   POST call/iam/<Action>    the action's input → its output (AWS's members)
 *   POST generate-password    {} → {password} passing the account's password policy
 *   GET  catalog/services     AWS's services (prefix, name), for the policy generator
 *   GET  catalog/services/:prefix  a service's actions, resource types, condition keys
 *   POST validate-policy      {document, kind?} → {findings: [{severity, code, message, line?, column?}]}
 *
 * A step answers {next: "done" | "mfa" | "new-password", reason?, csrfToken}
 * and sets the cookie of the session it issued. Errors answer
 * {error: {code, message, type}, requestId} with AWS's status. Passwords and
 * codes are never logged.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { deleteConsoleSession, findConsoleSession } from "../../auth/console-sessions.js";
import { readPasswordPolicy } from "../../iam/password-policy.js";
import { generatePassword } from "../../iam/password-rules.js";
import { POLICY_KINDS, validatePolicy, type PolicyKind } from "../../policy/index.js";
import { REQUEST_ID_HEADER } from "../../protocol/errors.js";
import { failureOf } from "../failures.js";
import type { Services } from "../services.js";
import { runConsoleAction } from "./actions.js";
import { consoleCaller } from "./caller.js";
import { catalogService, catalogServices } from "./catalog.js";
import { clearedCookie, sessionCookie, sessionToken } from "./cookies.js";
import { badRequest, noSuchConsoleAction, sessionExpired } from "./errors.js";
import { checkCsrf, postedJson, requireSession } from "./guard.js";
import type { ConsoleSettings } from "./settings.js";
import type { SignInRequest, StepResult } from "./sign-in-common.js";
import { passwordStep } from "./sign-in.js";
import { CONSOLE_REGION, mfaStep, newPasswordStep } from "./sign-in-steps.js";

type Handler = (req: FastifyRequest, reply: FastifyReply, now: Date) => Promise<unknown>;

export function registerApi(scope: FastifyInstance, services: Services, settings: ConsoleSettings) {
  const secure = (req: FastifyRequest) => req.protocol === "https";
  const signIn = (req: FastifyRequest, now: Date): SignInRequest => ({
    services,
    settings,
    sourceIp: req.ip,
    secure: secure(req),
    now,
  });
  const answer = (fn: Handler) => async (req: FastifyRequest, reply: FastifyReply) => {
    const requestId = randomUUID();
    reply.header("cache-control", "no-store").header(REQUEST_ID_HEADER, requestId);
    try {
      return reply.send(await fn(req, reply, services.clock()));
    } catch (err) {
      const error = failureOf(err);
      if (error.code === "InternalFailure") {
        services.logger.error({ err, requestId }, "internal failure (console)");
      }
      // A session that has ended is forgotten by the browser too (one still signing in is kept).
      if (error.code === "SessionExpired") {
        reply.header("set-cookie", clearedCookie(secure(req)));
      }
      return reply.code(error.status).send({
        error: { code: error.code, message: error.message, type: error.type },
        requestId,
      });
    }
  };
  const step = (reply: FastifyReply, req: FastifyRequest, result: StepResult) => {
    reply.header("set-cookie", sessionCookie(result.issued.token, secure(req)));
    services.logger.info(
      {
        event: "console-sign-in",
        step: result.next,
        account: result.issued.row.account_id,
        user: result.issued.row.user_id ?? "root",
        ip: req.ip,
      },
      "console sign-in step",
    );
    return {
      next: result.next,
      ...(result.reason === undefined ? {} : { reason: result.reason }),
      csrfToken: result.issued.row.csrf_token,
    };
  };

  scope.post(
    "/console/api/signin",
    answer(async (req, reply, now) =>
      step(reply, req, await passwordStep(signIn(req, now), postedJson(req))),
    ),
  );
  scope.post(
    "/console/api/signin/mfa",
    answer(async (req, reply, now) => {
      const body = postedJson(req);
      const row = await requireSession(services, settings, req, "mfa", now);
      return step(reply, req, await mfaStep(signIn(req, now), row, body));
    }),
  );
  scope.post(
    "/console/api/signin/new-password",
    answer(async (req, reply, now) => {
      const body = postedJson(req);
      const row = await requireSession(services, settings, req, "new-password", now);
      return step(reply, req, await newPasswordStep(signIn(req, now), row, body));
    }),
  );

  scope.get(
    "/console/api/session",
    answer(async (req, _reply, now) => {
      const row = await requireSession(services, settings, req, "active", now);
      const caller = await consoleCaller(services, row);
      if (caller === undefined) throw sessionExpired();
      const alias = await services.store.read((db) =>
        db
          .selectFrom("account_aliases")
          .select("alias")
          .where("account_id", "=", row.account_id)
          .executeTakeFirst(),
      );
      return {
        accountId: row.account_id,
        ...(alias === undefined ? {} : { alias: alias.alias }),
        principal: {
          type: caller.kind,
          arn: caller.arn,
          ...(caller.userName === undefined ? {} : { userName: caller.userName }),
        },
        mfa: row.mfa_at !== null,
        signedInAt: row.created_at,
        expiresAt: row.expires_at,
        idleTimeoutSeconds: settings.idleTimeoutSeconds,
        csrfToken: row.csrf_token,
      };
    }),
  );

  scope.post(
    "/console/api/signout",
    answer(async (req, reply) => {
      postedJson(req);
      const token = sessionToken(req.headers.cookie);
      const row =
        token === undefined
          ? undefined
          : await services.store.read((db) => findConsoleSession(db, token));
      if (row !== undefined) {
        // Any stage, even timed out: the CSRF token still has to match.
        checkCsrf(req, row);
        await services.store.write(row.account_id, (tx) => deleteConsoleSession(tx, row.id));
      }
      reply.header("set-cookie", clearedCookie(secure(req)));
      return {};
    }),
  );

  // The console's "autogenerated password": one that the account's policy accepts.
  scope.post(
    "/console/api/generate-password",
    answer(async (req, _reply, now) => {
      postedJson(req);
      const row = await requireSession(services, settings, req, "active", now);
      const policy = await services.store.read((db) => readPasswordPolicy(db, row.account_id));
      return { password: generatePassword(policy) };
    }),
  );

  // The catalogue changes only with the package: the browser may keep it a while.
  scope.get(
    "/console/api/catalog/services",
    answer(async (req, reply, now) => {
      await requireSession(services, settings, req, "active", now);
      reply.header("cache-control", "private, max-age=3600");
      return { services: await catalogServices() };
    }),
  );
  scope.get(
    "/console/api/catalog/services/:prefix",
    answer(async (req, reply, now) => {
      await requireSession(services, settings, req, "active", now);
      const { prefix } = req.params as { prefix: string };
      const detail = await catalogService(prefix);
      reply.header("cache-control", "private, max-age=3600");
      return detail;
    }),
  );

  // The policy editor's findings as the user types: the same validator IAM's actions use.
  scope.post(
    "/console/api/validate-policy",
    answer(async (req, _reply, now) => {
      const body = postedJson(req);
      await requireSession(services, settings, req, "active", now);
      const kind = body["kind"] ?? "identity";
      if (typeof body["document"] !== "string") {
        throw badRequest("document must be the policy's JSON text.");
      }
      if (typeof kind !== "string" || !(POLICY_KINDS as readonly string[]).includes(kind)) {
        throw badRequest(`kind must be one of ${POLICY_KINDS.join(", ")}.`);
      }
      const result = validatePolicy(body["document"], { kind: kind as PolicyKind });
      return {
        findings: result.findings.map((f) => ({
          severity: f.severity,
          code: f.code,
          message: f.message,
          ...(f.start === undefined ? {} : { line: f.start.line, column: f.start.column }),
        })),
      };
    }),
  );

  scope.post(
    "/console/api/call/:service/:action",
    answer(async (req, _reply, now) => {
      const { service, action } = req.params as { service: string; action: string };
      const body = postedJson(req);
      const row = await requireSession(services, settings, req, "active", now);
      if (service !== "iam") throw noSuchConsoleAction(service);
      const caller = await consoleCaller(services, row);
      if (caller === undefined) throw sessionExpired();
      return runConsoleAction(services, caller, action, body, {
        now,
        sourceIp: req.ip,
        secure: secure(req),
        region: CONSOLE_REGION,
      });
    }),
  );
}
