/** A console path that has no page (yet, or at all). */
import { Link } from "../router";
import { PLANNED } from "../paths";

export function NotBuilt(props: { path: string }) {
  const planned = PLANNED.find((p) => p.path === props.path.replace(/\/+$/, ""));
  return (
    <section>
      <h1>{planned?.title ?? "Page not found"}</h1>
      <p>
        {planned
          ? "This part of the console is not built yet. Everything it will do works through the IAM API today (the AWS CLI, boto3, the SDKs)."
          : "There is no console page at this address."}
      </p>
      <p>
        <Link to="/console/">Back to the dashboard</Link>
      </p>
    </section>
  );
}
