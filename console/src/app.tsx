/**
 * The console: the sign-in page at /signin[/<account>], and under /console/
 * the signed-in pages in their layout. Without a session, /console/ sends
 * the browser to sign in; a session that ends mid-way does the same, saying so.
 */
import { useCallback, useEffect, useState } from "react";
import { getSession, onSignedOut, type ApiFailure, type SessionInfo } from "./api";
import { ErrorNote, Loading } from "./components";
import { Layout } from "./layout";
import { PAGES } from "./pages";
import { NotFound } from "./pages/not-found";
import { SignInPage } from "./pages/sign-in";
import { matchPath, navigate, usePath } from "./router";
import {
  accountLabel,
  lastAccount,
  RefreshSessionContext,
  SessionContext,
  signInPath,
} from "./session";
import { asFailure } from "./use-call";

const EXPIRED = "expired";

export function App() {
  const path = usePath();
  const signIn = matchPath("/signin/:account", path);
  if (signIn !== undefined || matchPath("/signin", path) !== undefined) {
    const expired = new URLSearchParams(window.location.search).has(EXPIRED);
    return (
      <SignInPage
        key={path}
        account={signIn?.account ?? lastAccount() ?? ""}
        {...(expired ? { notice: "Your session has ended. Sign in again." } : {})}
      />
    );
  }
  return <SignedIn path={path} />;
}

function SignedIn(props: { path: string }) {
  const [session, setSession] = useState<SessionInfo>();
  const [error, setError] = useState<ApiFailure>();
  useEffect(() => {
    let live = true;
    getSession().then(
      (found) => {
        if (!live) return;
        if (found === undefined) navigate(signInPath(lastAccount()), { replace: true });
        else setSession(found);
      },
      (err: unknown) => live && setError(asFailure(err)),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(
    () =>
      onSignedOut((reason) => {
        const account = session === undefined ? lastAccount() : accountLabel(session);
        const query = reason === "SessionExpired" ? `?${EXPIRED}` : "";
        navigate(`${signInPath(account)}${query}`, { replace: true });
      }),
    [session],
  );
  const refresh = useCallback(async () => {
    const found = await getSession();
    if (found !== undefined) setSession(found);
  }, []);
  if (error !== undefined) return <ErrorNote error={error} />;
  if (session === undefined) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <RefreshSessionContext.Provider value={refresh}>
        <Layout>{renderPage(props.path)}</Layout>
      </RefreshSessionContext.Provider>
    </SessionContext.Provider>
  );
}

function renderPage(path: string) {
  for (const page of PAGES) {
    const params = matchPath(page.path, path);
    if (params !== undefined) return page.render(params);
  }
  return <NotFound />;
}
