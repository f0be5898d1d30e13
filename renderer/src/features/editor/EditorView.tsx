/**
 * The SQL editor view: tabs, toolbar, Monaco, and the results of the last run. Owns the run
 * commands (statement under the cursor, all, cancel, format, new tab) while it is the view shown.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { QueryRunner, ResultsPanel, useCsvExport } from '../results';
import { registerCommand, useActiveView, useStudio, editorFontSize } from '../studio';
import { useWorkspaceExtras, workspaceStore } from '../workspace';
import { editorStore, useEditorStore } from './editorStore';
import { EditorTabs } from './EditorTabs';
import { EditorToolbar } from './EditorToolbar';
import { formatSql } from './formatSql';
import { QueryLibrary } from './QueryLibrary';
import { mayChangeCatalog, piecesToRun, type RunMode } from './runPieces';
import type { SqlEditorCommand, SqlEditorHandle } from './SqlEditor';
import { Welcome } from './Welcome';
import { useCatalog } from './useCatalog';
import './EditorView.css';

// Monaco is most of this view's code (~3 MB): it loads in its own chunk, so the tabs, toolbar,
// welcome and results are on screen (and the text readable) before it is.
// Its download starts as soon as this module runs, in parallel with this view's first render.
const sqlEditorModule = import('./SqlEditor');
const SqlEditor = lazy(() => sqlEditorModule.then((m) => ({ default: m.SqlEditor })));

declare global {
  interface Window {
    /** The last run's timing, for the benchmark: request → first page rendered, DuckDB's share, rows shown. */
    __studioLastRun?: { totalMs: number; engineMs: number; rows: number };
  }
}

export default function EditorView() {
  const { engine, openInEditor, showPlan, showView } = useStudio();
  const { presentation, zoom, history } = useWorkspaceExtras();
  // A newcomer (nothing run yet) is offered the three ways in until they pick one or run a query.
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  const welcome = !welcomeClosed && history.length === 0;
  const shown = useActiveView() === 'editor';
  const { tabs, runRequest, restored } = useEditorStore();
  const runner = useMemo(() => new QueryRunner(engine), [engine]);
  const run = useSyncExternalStore(runner.subscribe, runner.get);
  const csv = useCsvExport(runner);
  const exportRef = useRef(csv.exportCsv);
  exportRef.current = csv.exportCsv;
  const editor = useRef<SqlEditorHandle>(null);
  const catalog = useCatalog(engine);
  const [startedAt, setStartedAt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const timing = useRef<{ id: number; startedAt: number } | null>(null);
  const catalogStale = useRef(false);

  useEffect(() => () => void runner.dispose(), [runner]);
  // The bench's "shell readable": the first frame with the navigation, the welcome and the
  // editor's text on screen (Monaco and the engine may still be loading).
  useEffect(() => {
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('studio:shell-readable').length === 0) performance.mark('studio:shell-readable');
    });
  }, []);

  const execute = useCallback(
    async (mode: RunMode) => {
      const requestedAt = performance.now();
      const input = editor.current?.read();
      if (!input) return;
      setStartedAt(requestedAt);
      setNotice(null);
      editor.current?.markError(null);
      const pieces = piecesToRun(input, mode);
      if (catalogStale.current) {
        catalogStale.current = false;
        catalog.refresh();
      }
      await catalog.idle();
      timing.current = { id: runner.get().id + 1, startedAt: requestedAt };
      const at = new Date().toISOString();
      const result = await runner.run(pieces, input.text, requestedAt);
      workspaceStore.recordRun({
        sql: pieces.map((p) => p.sql.trim()).join(';\n'),
        at,
        rows: result.rows.length,
        ...(result.exhausted ? {} : { moreRows: true }),
        ms: Math.max(0, result.elapsedMs ?? performance.now() - requestedAt),
        ...(result.phase === 'failed' && result.message ? { error: result.message.title } : {}),
      });
      const message = result.message;
      if (message?.offset !== undefined) editor.current?.markError({ offset: message.offset, message: `${message.title}\n${message.detail}` });
      if (message?.kind === 'restarted' || (result.statementsDone > 0 && mayChangeCatalog(pieces))) {
        // Reading the catalog now would make the engine set aside the rows of a result still
        // being paged; then it waits for the next run.
        if (result.exhausted) catalog.refresh();
        else catalogStale.current = true;
      }
    },
    [runner, catalog],
  );

  // Timing for the bench (test builds only): measured once the first page of a run is in the DOM.
  useEffect(() => {
    const t = timing.current;
    if (import.meta.env.MODE === 'production' || !t || t.id !== run.id || run.phase !== 'done') return;
    timing.current = null;
    window.__studioLastRun = { totalMs: performance.now() - t.startedAt, engineMs: run.engineMs ?? 0, rows: run.rows.length };
  }, [run]);

  const format = useCallback(() => {
    const input = editor.current?.read();
    if (!input) return;
    const result = formatSql(input.text);
    if (result.ok) editor.current?.replaceAll(result.text);
    setNotice(result.ok ? null : result.message);
  }, []);

  const plan = useCallback(() => {
    const input = editor.current?.read();
    const piece = input ? piecesToRun(input, 'statement')[0] : undefined;
    if (piece) showPlan(piece.sql);
    else setNotice('Put the cursor in a statement to see its plan.');
  }, [showPlan]);

  const newTab = useCallback(() => editorStore.open(), []);
  const cancel = useCallback(() => void runner.cancel(), [runner]);

  const onEditorCommand = useCallback(
    (command: SqlEditorCommand) => {
      if (command === 'runStatement') void execute('statement');
      else if (command === 'runAll') void execute('all');
      else if (command === 'format') format();
      else newTab();
    },
    [execute, format, newTab],
  );

  useEffect(() => {
    if (!shown) return;
    const off = [
      registerCommand('editor.runStatement', () => void execute('statement')),
      registerCommand('editor.runAll', () => void execute('all')),
      registerCommand('editor.format', format),
      registerCommand('editor.newTab', newTab),
      registerCommand('query.cancel', cancel),
      registerCommand('results.exportCsv', () => {
        if (runner.get().phase === 'done') exportRef.current();
      }),
    ];
    return () => off.forEach((f) => f());
  }, [shown, execute, format, newTab, cancel, runner]);

  // `openInEditor(sql, { run: true })`: run once the requested tab is the one shown.
  useEffect(() => {
    if (!runRequest || runRequest.tabId !== tabs.activeId) return;
    editorStore.takeRunRequest(runRequest.seq);
    void execute('all');
  }, [runRequest, tabs.activeId, execute]);

  const activeTab = tabs.tabs.find((t) => t.id === tabs.activeId) ?? tabs.tabs[0]!;

  return (
    <div className={welcome ? 'editor-view editor-view--welcome' : 'editor-view'}>
      {welcome && (
        <Welcome
          onShowView={showView}
          onExperiment={() => {
            setWelcomeClosed(true);
            editor.current?.focus();
          }}
        />
      )}
      <EditorTabs
        tabs={tabs.tabs}
        activeId={tabs.activeId}
        onActivate={editorStore.activate}
        onAdd={newTab}
        onClose={editorStore.close}
        onRename={editorStore.rename}
      />
      <EditorToolbar
        notice={notice}
        onRun={() => void execute('statement')}
        onRunAll={() => void execute('all')}
        onPlan={plan}
        onFormat={format}
      />
      <div className="editor-view__editor">
        <Suspense fallback={<pre className="editor-view__placeholder" aria-label="SQL editor (loading)">{activeTab.text}</pre>}>
          <SqlEditor
            ref={editor}
            tabs={tabs.tabs}
            activeId={tabs.activeId}
            restored={restored}
            fontSize={editorFontSize(presentation, zoom)}
            running={run.phase === 'running'}
            onChange={editorStore.setText}
            onCommand={onEditorCommand}
          />
        </Suspense>
      </div>
      <div className="editor-view__results">
        <ResultsPanel runner={runner} state={run} startedAt={startedAt} onCancel={cancel} csv={csv} />
      </div>
      <QueryLibrary current={activeTab} onOpen={(sql, title) => openInEditor(sql, { title })} />
    </div>
  );
}
