/** A console path that has no page. */
import { Link } from "../router";

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no console page at this address.</p>
      <p>
        <Link to="/console/">Back to the dashboard</Link>
      </p>
    </section>
  );
}
