/** Run EXPLAIN (optionally ANALYZE) for a query through the studio's engine and parse the plan. */
import { useEffect, useState } from 'react';
import { parsePlan } from '../../core/plan/parsePlan';
import type { Plan } from '../../core/plan/types';
import { useStudio } from '../studio';

export interface PlanState {
  plan: Plan | null;
  error: string | null;
  loading: boolean;
}

/** A request to plan: `run` changes to re-run the same SQL. Null SQL means nothing to do. */
export interface PlanQuery {
  sql: string | null;
  analyze: boolean;
  run: number;
}

export function usePlan({ sql, analyze, run }: PlanQuery): PlanState {
  const { engine } = useStudio();
  const [state, setState] = useState<PlanState>({ plan: null, error: null, loading: false });
  useEffect(() => {
    if (!sql || !sql.trim()) {
      setState({ plan: null, error: null, loading: false });
      return;
    }
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    // Trailing semicolons would make EXPLAIN see two statements.
    const text = sql.trim().replace(/;+\s*$/, '');
    engine.explain(text, analyze).then(
      (json) => {
        if (!alive) return;
        try {
          setState({ plan: parsePlan(json), error: null, loading: false });
        } catch (e) {
          setState({ plan: null, error: e instanceof Error ? e.message : String(e), loading: false });
        }
      },
      (e: unknown) => {
        if (alive) setState({ plan: null, error: e instanceof Error ? e.message : String(e), loading: false });
      },
    );
    return () => {
      alive = false;
    };
  }, [engine, sql, analyze, run]);
  return state;
}
