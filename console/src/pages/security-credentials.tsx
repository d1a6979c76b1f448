/**
 * My security credentials: the signed-in principal's own console password
 * (an IAM user changes it here, under the account's password policy), MFA
 * devices and access keys — the root user's as well (ListAccessKeys and
 * CreateAccessKey without UserName are about the caller).
 */
import { useSession } from "../session";
import { AccessKeys } from "./access-keys";
import { MfaDevices } from "./mfa-devices";
import { ChangeOwnPassword } from "./own-password";

export function SecurityCredentialsPage() {
  const session = useSession();
  const root = session.principal.type === "root";
  return (
    <section>
      <h1>My security credentials</h1>
      <p className="muted" data-testid="own-arn">
        {session.principal.arn}
      </p>
      {root ? (
        <div className="callout">
          The root user can do anything in the account. Give it an MFA device, and keep no access
          keys for it: create IAM users or roles for programmatic access instead.
        </div>
      ) : (
        <ChangeOwnPassword />
      )}
      <div className="panel">
        <h2>Multi-factor authentication (MFA)</h2>
        <MfaDevices />
      </div>
      <AccessKeys />
    </section>
  );
}
