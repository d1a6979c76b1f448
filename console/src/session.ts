/** The signed-in session, for the pages under the console's layout. */
import { createContext, useContext } from "react";
import type { SessionInfo } from "./api";

export const SessionContext = createContext<SessionInfo | undefined>(undefined);

/** Reads the session again (after a change it shows, such as the account alias). */
export const RefreshSessionContext = createContext<() => Promise<void>>(async () => {});

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error("useSession outside a signed-in console");
  return session;
}

export function useRefreshSession(): () => Promise<void> {
  return useContext(RefreshSessionContext);
}

/** The account a sign-in page is for: its alias when it has one, else its id. */
export function accountLabel(session: SessionInfo): string {
  return session.alias ?? session.accountId;
}

/** The sign-in page's path for an account (alias or id); "/signin" when none is known. */
export function signInPath(account: string | undefined): string {
  return account ? `/signin/${encodeURIComponent(account)}` : "/signin";
}

const LAST_ACCOUNT = "gatehouse.account";

/** The account last signed in to from this browser (not a secret: it is in the sign-in URL). */
export function lastAccount(): string | undefined {
  try {
    return window.localStorage.getItem(LAST_ACCOUNT) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberAccount(account: string): void {
  try {
    window.localStorage.setItem(LAST_ACCOUNT, account);
  } catch {
    // Storage refused (private mode): the sign-in page just starts empty.
  }
}
