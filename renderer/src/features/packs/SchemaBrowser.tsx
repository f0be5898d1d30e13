/** Each style's tables (from the pack), with row counts and columns from the current build. */
import type { Pack } from '../../core/pack/loadPack';
import { styleLabel } from '../../core/styles/styleInfo';
import type { BuildReport } from '../../engine/pack';
import { TableCard } from './TableCard';
import './SchemaBrowser.css';

export interface SchemaBrowserProps {
  pack: Pack;
  /** The current build when it is of this pack; null shows the tables without figures. */
  report: BuildReport | null;
  /** The build's data tests are running (after it became queryable). */
  testing?: boolean;
  onOpen(sql: string, title: string): void;
}

export function SchemaBrowser({ pack, report, testing = false, onOpen }: SchemaBrowserProps) {
  return (
    <div className="schema-browser">
      {pack.styles.map((style) => {
        const built = report?.styles.find((s) => s.name === style) ?? null;
        const tables = pack.tables.filter((t) => t.style === style).sort((a, b) => a.name.localeCompare(b.name));
        return (
          <section key={style} className="schema-browser__style" aria-labelledby={`style-${style}`}>
            <h3 id={`style-${style}`}>
              {styleLabel(style)} <code>{style}</code>
            </h3>
            {built?.tests_pending && (
              <p className="schema-browser__figures">
                {tables.length} tables · built in {Math.round(built.build_ms)} ms · tests {testing ? 'checking…' : 'not run'}
              </p>
            )}
            {built && !built.tests_pending && (
              <p className="schema-browser__figures">
                {tables.length} tables · built in {Math.round(built.build_ms)} ms · tests {built.tests.passed} passed
                {built.tests.expected_failures > 0 ? `, ${built.tests.expected_failures} failed as expected` : ''}
                {built.tests.failed > 0 ? `, ${built.tests.failed} failed` : ''}
              </p>
            )}
            {built && built.failedTests.length > 0 && (
              <ul className="schema-browser__failures" aria-label={`Failed tests in ${style}`}>
                {built.failedTests.map((f) => (
                  <li key={`${f.table}-${f.name}`}>{f.table}: {f.name} — {f.message ?? `${f.failures} rows`} ({f.file})</li>
                ))}
              </ul>
            )}
            {built && built.expectedFailures.length > 0 && (
              <ul className="schema-browser__expected" aria-label={`Expected failures in ${style}`}>
                {built.expectedFailures.map((f) => (
                  <li key={`${f.table}-${f.name}`}>
                    <span className="schema-browser__badge">expected failure</span> {f.table}: {f.name} — {f.failures} rows. {f.why}
                  </li>
                ))}
              </ul>
            )}
            <ul className="schema-browser__tables">
              {tables.map((t) => (
                <TableCard key={t.qualified} table={t} built={built?.tables.find((b) => b.name === t.name) ?? null} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
