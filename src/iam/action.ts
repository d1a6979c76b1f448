/**
 * The action table's shape: each IAM or STS action is declared once — its
 * name, the permission it needs, the resource it acts on, the condition keys
 * it adds, and the function that does it. The Query adapter, authorization,
 * audit and docs all read these declarations.
 */
import type { SecretBox } from "../auth/secret-box.js";
import type { Quotas } from "../model/quotas.js";
import type { Store } from "../store/index.js";
import type { Input } from "./input.js";

/** Who is calling, as established by the request's signature. */
export interface Caller {
  accountId: string;
  kind: "root" | "user";
  /** arn:aws:iam::<acct>:root or the user's ARN. */
  arn: string;
  /** The access key that signed the request. */
  accessKeyId: string;
  /** For users: AIDA…, name, path. */
  userId?: string;
  userName?: string;
  path?: string;
}

/** What an operation gets besides its input. */
export interface OperationContext {
  readonly store: Store;
  readonly caller: Caller;
  readonly now: Date;
  readonly quotas: Quotas;
  readonly secrets: SecretBox;
  readonly partition: string;
}

/** Context keys an action adds to the request (aws:RequestTag/…, iam:PolicyARN…). */
export type ActionContextKeys = Record<string, string | string[]>;

export interface Action {
  service: "iam" | "sts";
  /** The API action, e.g. "CreateUser". */
  name: string;
  /** The permission checked, e.g. "iam:CreateUser"; undefined for actions AWS never authorizes. */
  permission: string | undefined;
  /** The resource ARN the permission is checked on; undefined for "*" (no resource). */
  resource(input: Input, caller: Caller, partition: string): string | undefined;
  /** Condition keys from the input. */
  contextKeys?(input: Input): ActionContextKeys;
  /** True when the action changes stored state (runs in a write transaction). */
  writes: boolean;
  run(ctx: OperationContext, input: Input): Promise<Record<string, unknown> | undefined>;
}
