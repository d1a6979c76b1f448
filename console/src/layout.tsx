/** The frame of every signed-in page: a top bar (who, where, sign out) and the navigation. */
import { useState, type ReactNode } from "react";
import { signOut } from "./api";
import { PAGES } from "./pages";
import { Link, navigate, usePath } from "./router";
import { accountLabel, signInPath, useSession } from "./session";

export function Layout(props: { children: ReactNode }) {
  const session = useSession();
  const path = usePath();
  const [leaving, setLeaving] = useState(false);
  const who =
    session.principal.type === "root" ? "Root user" : (session.principal.userName ?? "IAM user");
  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
    } finally {
      navigate(signInPath(accountLabel(session)), { replace: true });
    }
  };
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/console/" className="brand">
          Gatehouse
        </Link>
        <span className="topbar-title">Identity and Access Management</span>
        <span className="who" data-testid="who">
          {who} @ {accountLabel(session)}
          {session.mfa ? <span className="badge">MFA</span> : null}
        </span>
        <button type="button" className="secondary small" disabled={leaving} onClick={leave}>
          Sign out
        </button>
      </header>
      <div className="frame">
        <nav className="sidebar" aria-label="Console">
          <ul>
            {PAGES.filter((p) => p.nav).map((p) => (
              <li key={p.path}>
                <Link to={p.path} className={samePage(p.path, path) ? "current" : undefined}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content">{props.children}</main>
      </div>
    </div>
  );
}

function samePage(pagePath: string, path: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, "");
  return trim(pagePath) === trim(path);
}
