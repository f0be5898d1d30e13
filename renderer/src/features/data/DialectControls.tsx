/**
 * The CSV dialect the preview used, each part editable: delimiter (space included), quote,
 * escape, decimal mark, header rows and lines to skip before the header. A change previews the
 * file again.
 */
import { useId } from 'react';
import { charLabel, DELIMITERS, ESCAPES, QUOTES } from '../../core/importing/csvDialect';
import type { CsvDialect } from '../../core/importing/importSql';
import type { DialectChoice } from '../../engine/importing/previewCsv';
import './DialectControls.css';

export interface DialectControlsProps {
  dialect: CsvDialect;
  disabled: boolean;
  onChange(choice: DialectChoice): void;
}

const DECIMAL_MARKS = ['.', ','] as const;
const markName = (c: string): string => (c === ',' ? 'comma (1.234,5)' : 'point (1,234.5)');
const NAMES: Record<string, string> = { ',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab', '|': 'pipe (|)', ' ': 'space', '"': 'double quote (")', "'": "single quote (')", '\\': 'backslash (\\)', '': 'none' };
const nameOf = (c: string): string => NAMES[c] ?? charLabel(c);

function Choice(props: { label: string; value: string; options: readonly string[]; disabled: boolean; onChange(v: string): void; name?(option: string): string }) {
  const name = props.name ?? nameOf;
  const id = useId();
  return (
    <span className="dialect__field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.options.map((o) => <option key={o === '' ? 'none' : o} value={o}>{name(o)}</option>)}
      </select>
    </span>
  );
}

function Count(props: { label: string; value: number; max: number; disabled: boolean; onChange(v: number): void }) {
  const id = useId();
  return (
    <span className="dialect__field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id} type="number" min={0} max={props.max} value={props.value} disabled={props.disabled}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (Number.isInteger(v) && v >= 0 && v <= props.max) props.onChange(v);
        }}
      />
    </span>
  );
}

export function DialectControls({ dialect, disabled, onChange }: DialectControlsProps) {
  return (
    <fieldset className="dialect">
      <legend>How the file is laid out</legend>
      <Choice label="Delimiter" value={dialect.delimiter} options={DELIMITERS} disabled={disabled} onChange={(delimiter) => onChange({ delimiter })} />
      <Choice label="Quote" value={dialect.quote} options={QUOTES} disabled={disabled} onChange={(quote) => onChange({ quote })} />
      <Choice label="Escape" value={dialect.quote === '' ? '' : dialect.escape} options={ESCAPES} disabled={disabled || dialect.quote === ''} onChange={(escape) => onChange({ escape })} />
      <Choice label="Decimal mark" value={dialect.decimal ?? '.'} options={DECIMAL_MARKS} name={markName} disabled={disabled} onChange={(mark) => onChange({ decimal: mark === ',' ? ',' : '.' })} />
      <Count label="Header rows" value={dialect.headerRows} max={5} disabled={disabled} onChange={(headerRows) => onChange({ headerRows })} />
      <Count label="Lines to skip" value={dialect.skip} max={100} disabled={disabled} onChange={(skip) => onChange({ skip })} />
    </fieldset>
  );
}
