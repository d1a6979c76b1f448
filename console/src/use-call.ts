/** Loading an IAM action's answer into a component: data, the AWS error, and reload. */
import { useCallback, useEffect, useState } from "react";
import { ApiFailure, callIam } from "./api";

export interface CallState<T> {
  /** The last answer (kept while a reload runs). */
  data: T | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
  reload(): void;
}

/** Calls `action` with `input` (compared as JSON) on mount and whenever either changes. */
export function useIamCall<T = Record<string, unknown>>(
  action: string,
  input: Record<string, unknown> = {},
): CallState<T> {
  const body = JSON.stringify(input);
  const [round, setRound] = useState(0);
  const request = `${action} ${round} ${body}`;
  const [state, setState] = useState<{ request?: string; data?: T; error?: ApiFailure }>({});
  useEffect(() => {
    let live = true;
    callIam<T>(action, JSON.parse(body) as Record<string, unknown>).then(
      (data) => live && setState({ request, data }),
      (err: unknown) => live && setState({ request, error: asFailure(err) }),
    );
    return () => {
      live = false;
    };
  }, [action, body, request]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return {
    data: state.data,
    error: state.request === request ? state.error : undefined,
    loading: state.request !== request,
    reload,
  };
}

export function asFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  return new ApiFailure(0, "ClientError", err instanceof Error ? err.message : String(err));
}
