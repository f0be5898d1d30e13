/**
 * Where a file comes in: drop it here, or choose it with the Open button. On the desktop the
 * button opens the native dialog (platform.openFile); in the browser it is a file input, which
 * is also what end-to-end tests fill with setInputFiles.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import './DropZone.css';

export interface DropZoneProps {
  /** Called with the chosen or dropped file. */
  onFile(file: File): void;
  /** Desktop: open the native dialog instead of the file input. */
  onOpenDialog?: () => void;
  disabled?: boolean;
}

/** File types the input offers. */
export const ACCEPTED = '.csv,.tsv,.txt,.json,.ndjson,.jsonl,.parquet';

export function DropZone({ onFile, onOpenDialog, disabled = false }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    e.stopPropagation(); // the window-level handler would import it a second time
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-zone__hint">Drop a CSV, JSON (array or one object per line) or Parquet file here, or</p>
      {onOpenDialog ? (
        <button type="button" className="drop-zone__button" onClick={onOpenDialog} disabled={disabled}>Open a file…</button>
      ) : (
        <>
          <label htmlFor={inputId} className={`drop-zone__button${disabled ? ' drop-zone__button--disabled' : ''}`}>Open a file…</label>
          <input
            ref={input}
            id={inputId}
            className="drop-zone__input"
            type="file"
            accept={ACCEPTED}
            disabled={disabled}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onFile(file);
              e.currentTarget.value = ''; // choosing the same file again still fires change
            }}
          />
        </>
      )}
    </div>
  );
}
