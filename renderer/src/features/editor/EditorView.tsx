/**
 * The SQL editor view: tabs, toolbar, Monaco, and the results of the last run. Owns the run
 * commands (statement under the cursor, all, cancel, format, new tab) while it is the view shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { QueryRunner, ResultsPanel, useCsvExport } from '../results';
import { registerCommand, useActiveView, useStudio, editorFontSize } from '../studio';
import { useWorkspaceExtras, workspaceStore } from '../workspace';
import { editorStore, useEditorStore } from './editorStore';
import { EditorTabs } from './EditorTabs';
import { EditorToolbar } from './EditorToolbar';
import { QueryLibrary } from './QueryLibrary';
import { mayChangeCatalog, piecesToRun, type RunMode } from './runPieces';
import type { SqlEditor as SqlEditorType, SqlEditorCommand, SqlEditorHandle } from './SqlEditor';
import { Welcome } from './Welcome';
import { useCatalog } from './useCatalog';
import './EditorView.css';

// Monaco is most of this view's code (~3 MB): it loads in its own chunk once the view's first
// frame is on screen, so the tabs, toolbar, welcome and results (and the text) are readable
// before it is. Not through Suspense: React holds back content that replaces a fallback until
// 300 ms after the fallback appeared, which would keep the loaded editor hidden that long.
type SqlEditorComponent = typeof SqlEditorType;
let sqlEditorModule: Promise<{ SqlEditor: SqlEditorComponent }> | undefined;

/** The editor component once its chunk has loaded (null before), or why it could not load. */
function useSqlEditorComponent(): { SqlEditor: SqlEditorComponent | null; error: string | null } {
  const [state, setState] = useState<{ SqlEditor: SqlEditorComponent | null; error: string | null }>({ SqlEditor: null, error: null });
  useEffect(() => {
    let live = true;
    (sqlEditorModule ??= import('./SqlEditor')).then(
      (m) => live && setState({ SqlEditor: m.SqlEditor, error: null }),
      (e: unknown) => live && setState({ SqlEditor: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (live = false);
  }, []);
  return state;
}

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
  const { SqlEditor, error: editorError } = useSqlEditorComponent();
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
    // sql-formatter is most of this view's own code: it loads on the first Format, not at launch.
    // The text is read once it has, so nothing typed meanwhile is lost.
    import('./formatSql').then(
      ({ formatSql }) => {
        const input = editor.current?.read();
        if (!input) return;
        const result = formatSql(input.text);
        if (result.ok) editor.current?.replaceAll(result.text);
        setNotice(result.ok ? null : result.message);
      },
      (e: unknown) => setNotice(`Could not load the formatter: ${e instanceof Error ? e.message : String(e)}`),
    );
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
        {SqlEditor ? (
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
        ) : (
          <>
            {editorError && <p role="alert">The editor could not load ({editorError}). Reload the window to try again.</p>}
            <pre className="editor-view__placeholder" aria-label="SQL editor (loading)">{activeTab.text}</pre>
          </>
        )}
      </div>
      <div className="editor-view__results">
        <ResultsPanel runner={runner} state={run} startedAt={startedAt} onCancel={cancel} csv={csv} />
      </div>
      <QueryLibrary current={activeTab} onOpen={(sql, title) => openInEditor(sql, { title })} />
    </div>
  );
}
