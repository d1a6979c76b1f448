/**
 * One row of the users list. What ListUsers does not say (groups, console
 * password, access keys and their last use) is read for the row once it is
 * shown, as AWS's console does; a refused read leaves its cell as "-".
 */
import { useEffect, useState } from "react";
import { callIam } from "../api";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link } from "../router";

export interface ListedUser {
  UserName: string;
  Path: string;
  Arn: string;
  CreateDate?: string;
  PasswordLastUsed?: string;
}

interface Details {
  groups?: number;
  console?: boolean;
  /** The oldest active key's creation time; null when the user has no active key. */
  oldestActiveKey?: string | null;
  /** The latest of the password's and the keys' last use; null when never used. */
  lastActivity?: string | null;
}

export function UserRow(props: { user: ListedUser; selected: boolean; onToggle(): void }) {
  const u = props.user;
  const details = useDetails(u);
  const unknown = "-";
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${u.UserName}`}
          checked={props.selected}
          onChange={props.onToggle}
        />
      </td>
      <td>
        <Link to={`${PATHS.users}/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link>
      </td>
      <td>{u.Path}</td>
      <td>{details.groups ?? unknown}</td>
      <td>{details.console === undefined ? unknown : details.console ? "Enabled" : "None"}</td>
      <td>
        {details.oldestActiveKey === undefined
          ? unknown
          : details.oldestActiveKey === null
            ? "None"
            : age(details.oldestActiveKey)}
      </td>
      <td title={details.lastActivity ?? undefined}>
        {details.lastActivity === undefined
          ? unknown
          : details.lastActivity === null
            ? "Never"
            : ago(details.lastActivity)}
      </td>
      <td>{u.CreateDate === undefined ? "" : day(u.CreateDate)}</td>
    </tr>
  );
}

function useDetails(u: ListedUser): Details {
  const [details, setDetails] = useState<Details>({});
  useEffect(() => {
    let live = true;
    const set = (more: Details) => live && setDetails((d) => ({ ...d, ...more }));
    const who = { UserName: u.UserName };
    listAll<unknown>("ListGroupsForUser", "Groups", who).then(
      (g) => set({ groups: g.length }),
      () => undefined,
    );
    callIam("GetLoginProfile", who).then(
      () => set({ console: true }),
      (err: { code?: string }) => err.code === "NoSuchEntity" && set({ console: false }),
    );
    void keyDetails(u).then(set, () => undefined);
    return () => {
      live = false;
    };
  }, [u]);
  return details;
}

async function keyDetails(u: ListedUser): Promise<Details> {
  const keys = await listAll<{ AccessKeyId: string; Status: string; CreateDate?: string }>(
    "ListAccessKeys",
    "AccessKeyMetadata",
    { UserName: u.UserName },
  );
  const active = keys
    .filter((k) => k.Status === "Active" && k.CreateDate !== undefined)
    .map((k) => k.CreateDate ?? "")
    .sort();
  const used = await Promise.all(
    keys.map((k) =>
      callIam<{ AccessKeyLastUsed?: { LastUsedDate?: string } }>("GetAccessKeyLastUsed", {
        AccessKeyId: k.AccessKeyId,
      }).then((r) => r.AccessKeyLastUsed?.LastUsedDate),
    ),
  );
  const times = [u.PasswordLastUsed, ...used].filter((t): t is string => t !== undefined);
  const latest = times.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return { oldestActiveKey: active[0] ?? null, lastActivity: latest ?? null };
}

/** How long ago `iso` was, in AWS's words: "Today", "1 day", "12 days". */
export function age(iso: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return "Today";
  return days === 1 ? "1 day" : `${days} days`;
}

function ago(iso: string): string {
  const text = age(iso);
  return text === "Today" ? text : `${text} ago`;
}

/** The date part of an ISO time. */
function day(iso: string): string {
  return iso.slice(0, 10);
}
