/** Under a "table does not exist" error: why, when the table belongs to the pack (see missingTableHint). */
import { useState, useSyncExternalStore } from 'react';
import { missingTableHint } from './missingTableHint';
import { getPackState, selectedPack, subscribePack } from './packStore';

export interface PackTableHintProps {
  /** The table DuckDB could not find. */
  table: string;
}

export function PackTableHint({ table }: PackTableHintProps) {
  const state = useSyncExternalStore(subscribePack, getPackState, getPackState);
  // Whether the pack was building when the query failed (this hint mounts with the error).
  const [failedWhileBuilding] = useState(() => state.status === 'building');
  const pack = selectedPack(state);
  const scale = pack?.scales.find((s) => s.id === state.scaleId);
  const hint = pack && scale ? missingTableHint(table, pack, scale.label, state, failedWhileBuilding) : null;
  return hint ? <p className="run-message__hint">{hint}</p> : null;
}
