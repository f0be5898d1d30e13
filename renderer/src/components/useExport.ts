/**
 * An export button's state: build the file, hand it to the host's save, and keep what the user
 * must see: an error (a cancelled dialog is not one). Building can take a while (fetching every
 * row of a result, drawing a PNG), hence `busy`.
 */
import { useState } from 'react';
import { useSaveFile } from './saveFile';

/** A file ready to save. */
export interface ExportFile {
  name: string;
  data: Uint8Array | string | Blob;
  mime: string;
}

export interface ExportState {
  busy: boolean;
  /** Why the last export failed, or null. */
  error: string | null;
  /** Build the file with `make` and save it. */
  run(make: () => ExportFile | Promise<ExportFile>): Promise<void>;
}

export function useExport(): ExportState {
  const save = useSaveFile();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (make: () => ExportFile | Promise<ExportFile>) => {
    setBusy(true);
    setError(null);
    try {
      const file = await make();
      const outcome = await save(file.name, file.data, file.mime);
      if (outcome.status === 'error') setError(outcome.message);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
