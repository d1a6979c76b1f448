/**
 * The console's pages: one entry each, with the path pattern it answers and
 * whether it shows in the navigation. A new page is a component under
 * pages/ and a line here.
 */
import type { ReactNode } from "react";
import { Dashboard } from "./pages/dashboard";

export interface ConsolePage {
  /** e.g. "/console/users/:name" */
  path: string;
  title: string;
  /** Shown in the navigation (pages about one entity are not). */
  nav: boolean;
  render(params: Record<string, string>): ReactNode;
}

export const PAGES: readonly ConsolePage[] = [
  { path: "/console/", title: "Dashboard", nav: true, render: () => <Dashboard /> },
];
