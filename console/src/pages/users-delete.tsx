/**
 * Deleting the users selected in the list, as AWS's console does: for each
 * user, what goes with it (user-delete.ts finds it) is listed and removed in
 * IAM's order before DeleteUser. One user is confirmed by typing its name,
 * several by typing "delete". A refusal stops there and says for which user.
 */
import { useEffect, useState } from "react";
import { callIam, type ApiFailure } from "../api";
import { ErrorNote, Loading } from "../components";
import { Field, useRunner } from "../forms";
import { asFailure } from "../use-call";
import { deleteUserSteps, type DeleteStep } from "./user-delete";

interface Plan {
  userName: string;
  steps: DeleteStep[];
}

export function DeleteUsersDialog(props: {
  names: readonly string[];
  onCancel(): void;
  /** After every user is deleted, or on Close after a refusal (with those that went). */
  onDone(deleted: string[]): void;
  /** After a refusal part-way, so the list shows what went. */
  onPartial(): void;
}) {
  const [plans, setPlans] = useState<Plan[]>();
  const [typed, setTyped] = useState("");
  const [deleted, setDeleted] = useState<string[]>([]);
  const [failed, setFailed] = useState<{ userName: string; error: ApiFailure }>();
  const runner = useRunner();
  useEffect(() => {
    void runner.run(async () => {
      const all: Plan[] = [];
      for (const userName of props.names) {
        all.push({ userName, steps: await deleteUserSteps(userName) });
      }
      setPlans(all);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const word = props.names.length === 1 ? (props.names[0] ?? "") : "delete";
  const run = () =>
    void runner.run(async () => {
      const gone: string[] = [];
      for (const plan of plans ?? []) {
        try {
          for (const step of plan.steps) await step.run();
          await callIam("DeleteUser", { UserName: plan.userName });
        } catch (err) {
          setDeleted(gone);
          setFailed({ userName: plan.userName, error: asFailure(err) });
          props.onPartial();
          return;
        }
        gone.push(plan.userName);
      }
      props.onDone(gone);
    });
  const title =
    props.names.length === 1 ? `Delete user ${word}?` : `Delete ${props.names.length} users?`;
  return (
    <div className="panel danger" role="dialog" aria-label="Delete users">
      <h2>{title}</h2>
      {plans === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <ul className="delete-plan" data-testid="delete-plan">
          {plans.map((p) => (
            <li key={p.userName}>
              <strong>{p.userName}</strong>
              {p.steps.length === 0 ? (
                <span className="muted"> (nothing else attached)</span>
              ) : (
                <ul aria-label={`What goes with ${p.userName}`}>
                  {p.steps.map((s) => (
                    <li key={s.label}>{s.label}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Each user&apos;s console password, access keys, MFA devices (deactivated), group memberships
        and policies are removed first, then the user. SSH keys, signing and service-specific
        credentials do not exist in Gatehouse.
      </p>
      {failed === undefined ? (
        <>
          <Field id="confirm-delete-users" label={`Type ${word} to confirm`}>
            <input
              id="confirm-delete-users"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </Field>
          <button
            type="button"
            className="danger"
            disabled={typed !== word || plans === undefined || runner.busy}
            onClick={run}
          >
            Delete
          </button>{" "}
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
          <ErrorNote error={runner.error} />
        </>
      ) : (
        <>
          <p>
            {deleted.length === 0 ? "No user was deleted." : `Deleted: ${deleted.join(", ")}.`}{" "}
            Stopped at {failed.userName}:
          </p>
          <ErrorNote error={failed.error} />
          <button type="button" className="secondary" onClick={() => props.onDone(deleted)}>
            Close
          </button>
        </>
      )}
    </div>
  );
}
