/**
 * The IAM dashboard: the account's sign-in link (with a copy button), counts
 * of its resources from GetAccountSummary, and a security checklist, each
 * item linking to where it is fixed. What the signed-in principal may not
 * read shows AWS's denial instead.
 */
import { CopyButton, ErrorNote, Loading } from "../components";
import { PATHS } from "../paths";
import { Link } from "../router";
import { accountLabel, signInPath, useSession } from "../session";
import { useIamCall } from "../use-call";
import { AliasEditor } from "./alias-editor";

type SummaryMap = Record<string, number>;

const COUNTS: readonly { key: string; title: string; to: string }[] = [
  { key: "Users", title: "Users", to: PATHS.users },
  { key: "Groups", title: "User groups", to: PATHS.groups },
  { key: "Roles", title: "Roles", to: PATHS.roles },
  { key: "Policies", title: "Customer managed policies", to: PATHS.policies },
  { key: "Providers", title: "Identity providers", to: PATHS.identityProviders },
];

export function Dashboard() {
  const session = useSession();
  const summary = useIamCall<{ SummaryMap: SummaryMap }>("GetAccountSummary");
  const policy = useIamCall("GetAccountPasswordPolicy");
  const link = `${window.location.origin}${signInPath(accountLabel(session))}`;
  const map = summary.data?.SummaryMap;
  return (
    <section>
      <h1>IAM dashboard</h1>
      {session.principal.type === "root" ? (
        <div className="callout" data-testid="root-warning">
          You are signed in as the root user, which can do anything in this account. Use it only for
          the tasks that need it: create IAM users for everyday work, and give the root user MFA.
        </div>
      ) : null}

      <div className="panel">
        <h2>Sign-in link for IAM users in this account</h2>
        <div className="sign-in-link">
          <code data-testid="sign-in-link">{link}</code>
          <CopyButton text={link} />
        </div>
        <AliasEditor />
      </div>

      <div className="panel">
        <h2>IAM resources</h2>
        {summary.loading && map === undefined ? <Loading /> : null}
        <ErrorNote error={summary.error} />
        {map ? (
          <ul className="counts" data-testid="counts">
            {COUNTS.map((c) => (
              <li key={c.key}>
                <Link to={c.to}>
                  <span className="count" data-testid={`count-${c.key}`}>
                    {map[c.key] ?? 0}
                  </span>
                  <span className="count-title">{c.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <div className="panel">
        <h2>Security recommendations</h2>
        {map ? (
          <Checklist
            map={map}
            passwordPolicy={
              policy.data
                ? "set"
                : policy.error?.code === "NoSuchEntity"
                  ? "unset"
                  : policy.error
                    ? "unknown"
                    : "loading"
            }
          />
        ) : summary.loading ? (
          <Loading />
        ) : (
          <p className="muted">The checklist needs iam:GetAccountSummary.</p>
        )}
        {policy.error && policy.error.code !== "NoSuchEntity" ? (
          <ErrorNote error={policy.error} />
        ) : null}
      </div>
    </section>
  );
}

type Status = "ok" | "todo" | "unknown";

function Checklist(props: {
  map: SummaryMap;
  passwordPolicy: "set" | "unset" | "unknown" | "loading";
}) {
  const { map } = props;
  const items: { id: string; status: Status; text: string; fix: string; to: string }[] = [
    {
      id: "root-mfa",
      status: map.AccountMFAEnabled === 1 ? "ok" : "todo",
      text: "Add MFA for the root user",
      fix: "Assign an MFA device",
      to: PATHS.securityCredentials,
    },
    {
      id: "root-keys",
      status: map.AccountAccessKeysPresent === 0 ? "ok" : "todo",
      text: "Keep no access keys for the root user",
      fix: "Delete the root user's access keys",
      to: PATHS.securityCredentials,
    },
    {
      id: "users",
      status: (map.Users ?? 0) > 0 ? "ok" : "todo",
      text: "Create individual IAM users",
      fix: "Create users",
      to: PATHS.users,
    },
    {
      id: "groups",
      status: (map.Groups ?? 0) > 0 ? "ok" : "todo",
      text: "Use groups to assign permissions",
      fix: "Create groups",
      to: PATHS.groups,
    },
    {
      id: "password-policy",
      status:
        props.passwordPolicy === "set"
          ? "ok"
          : props.passwordPolicy === "unset"
            ? "todo"
            : "unknown",
      text: "Apply an IAM password policy",
      fix: "Set the password policy",
      to: PATHS.accountSettings,
    },
  ];
  return (
    <ul className="checklist" data-testid="checklist">
      {items.map((item) => (
        <li key={item.id} className={item.status} data-testid={`check-${item.id}`}>
          <span className="mark" aria-label={item.status}>
            {item.status === "ok" ? "✓" : item.status === "todo" ? "!" : "?"}
          </span>
          <span className="check-text">{item.text}</span>
          {item.status === "ok" ? null : <Link to={item.to}>{item.fix}</Link>}
        </li>
      ))}
    </ul>
  );
}
