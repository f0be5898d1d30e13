/**
 * The query the plan view should show, set by `showPlan` from anywhere in the studio.
 * The plan feature reads it with `usePlanRequest()`.
 */
import { createContext, useContext } from 'react';

/** A request to show the plan of a query. `seq` grows with every request, even for the same SQL. */
export interface PlanRequest {
  sql: string;
  analyze: boolean;
  seq: number;
}

export const PlanRequestContext = createContext<PlanRequest | null>(null);

/** The latest plan request, or null when none was made yet. */
export function usePlanRequest(): PlanRequest | null {
  return useContext(PlanRequestContext);
}
