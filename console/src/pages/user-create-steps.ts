/**
 * The calls "Create users" makes for each user, in order: CreateUser, the
 * console password (CreateLoginProfile, with IAMUserChangePassword attached
 * when it must be changed at next sign-in, as AWS's console does), groups,
 * managed policies, an access key. Each call that made something records
 * how to undo it, so a refusal at any step can take everything back.
 */
import { callIam, generatePassword } from "../api";
import type { Made } from "./user-created";

/** AWS's managed policy that lets a user change its own password. */
export const CHANGE_PASSWORD_POLICY = "arn:aws:iam::aws:policy/IAMUserChangePassword";

export type Step = "names" | "password" | "groups" | "policies" | "key";

export interface CreateOptions {
  consolePassword: false | { password: "auto" | string; resetRequired: boolean };
  accessKey: boolean;
  groups: readonly string[];
  policies: readonly string[];
}

export interface Undo {
  label: string;
  run(): Promise<unknown>;
}

/** A refused call, with the step (the form's field) it belongs to. */
export class StepFailure extends Error {
  constructor(
    readonly step: Step,
    readonly failure: unknown,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/** Makes one user with everything asked for; pushes onto `undo` as it goes. */
export async function createOneUser(
  userName: string,
  options: CreateOptions,
  undo: Undo[],
): Promise<Made> {
  const who = { UserName: userName };
  let step: Step = "names";
  try {
    const made: Made = { userName };
    await callIam("CreateUser", who);
    undo.push({ label: `user ${userName}`, run: () => callIam("DeleteUser", who) });
    const pw = options.consolePassword;
    if (pw !== false) {
      step = "password";
      const password = pw.password === "auto" ? await generatePassword() : pw.password;
      await callIam("CreateLoginProfile", {
        ...who,
        Password: password,
        PasswordResetRequired: pw.resetRequired,
      });
      undo.push({
        label: `console password of ${userName}`,
        run: () => callIam("DeleteLoginProfile", who),
      });
      if (pw.password === "auto") made.password = password;
    }
    step = "groups";
    for (const group of options.groups) {
      await callIam("AddUserToGroup", { ...who, GroupName: group });
      undo.push({
        label: `${userName} in group ${group}`,
        run: () => callIam("RemoveUserFromGroup", { ...who, GroupName: group }),
      });
    }
    step = "policies";
    const policies = [...options.policies];
    if (pw !== false && pw.resetRequired && !policies.includes(CHANGE_PASSWORD_POLICY)) {
      policies.push(CHANGE_PASSWORD_POLICY);
    }
    for (const arn of policies) {
      await callIam("AttachUserPolicy", { ...who, PolicyArn: arn });
      undo.push({
        label: `${arn} attached to ${userName}`,
        run: () => callIam("DetachUserPolicy", { ...who, PolicyArn: arn }),
      });
    }
    if (options.accessKey) {
      step = "key";
      const key = await callIam<{
        AccessKey: { AccessKeyId: string; SecretAccessKey: string };
      }>("CreateAccessKey", who);
      const id = key.AccessKey.AccessKeyId;
      undo.push({
        label: `access key ${id} of ${userName}`,
        run: () => callIam("DeleteAccessKey", { ...who, AccessKeyId: id }),
      });
      made.accessKeyId = id;
      made.secretAccessKey = key.AccessKey.SecretAccessKey;
    }
    return made;
  } catch (err) {
    throw new StepFailure(step, err);
  }
}

/** Takes back what was done, newest first; answers what could not be undone. */
export async function undoAll(undo: readonly Undo[]): Promise<string[]> {
  const left: string[] = [];
  for (const u of [...undo].reverse()) {
    try {
      await u.run();
    } catch (err) {
      left.push(`${u.label} (${err instanceof Error ? `${err.name}: ${err.message}` : ""})`);
    }
  }
  return left;
}

/** The names typed in the form: split on spaces, commas and new lines, each once. */
export function parseNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
}
