/**
 * A virtualized result grid: only the rows in view (plus a few) are in the DOM, rows are asked
 * for in batches as the user scrolls, the header with names and DuckDB types stays on top.
 * Keyboard: arrows and Page Up/Down scroll; Home goes to the first row; End loads every row and
 * goes to the last.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Cell, ResultColumn } from '../../core/result';
import { cellDisplay, columnWidthChars, isNumericType } from '../../core/format/cellText';
import { computeRowWindow } from './rowWindow';
import './ResultGrid.css';

export interface ResultGridProps {
  columns: readonly ResultColumn[];
  /** Rows fetched so far; the array may grow in place, `rowsVersion` says when. */
  rows: readonly Cell[][];
  rowsVersion: number;
  /** Whether `rows` holds the whole result. */
  exhausted: boolean;
  /** Ask for more rows (the grid calls this when the user nears the last fetched row). */
  onNeedRows(): void;
  /** Fetch every row (End key); resolves when done. */
  onLoadAll(): Promise<void>;
}

/** Fixed row height (px), so the window is arithmetic, not measurement. */
export const gridRowHeight = 30;
const overscan = 8;
/** Keep the scroll body well under Chromium's ~33 M px element limit; beyond it the bar is scaled. */
const maxBodyHeight = 15_000_000;

export function ResultGrid({ columns, rows, rowsVersion, exhausted, onNeedRows, onLoadAll }: ResultGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [jumpToEnd, setJumpToEnd] = useState(false);

  // Widths come from the first rows only: stable while more rows stream in.
  const widths = useMemo(
    () => columns.map((c, i) => columnWidthChars(c, rows.slice(0, 200).map((r) => r[i] ?? null))),
    [columns],
  );
  const numeric = useMemo(() => columns.map((c) => isNumericType(c.type)), [columns]);
  const rowNumberChars = Math.max(4, String(rows.length).length + 1);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight - (head.current?.offsetHeight ?? 0));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new result starts at the top.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [columns]);

  const win = computeRowWindow({ rowCount: rows.length, rowHeight: gridRowHeight, viewportHeight: viewport, scrollTop, overscan, maxHeight: maxBodyHeight });

  // Ask for the next batch when the window gets within two screens of the last fetched row.
  const nearEnd = !exhausted && win.end + 2 * Math.ceil(viewport / gridRowHeight) >= rows.length;
  useEffect(() => {
    if (nearEnd) onNeedRows();
  }, [nearEnd, rowsVersion, onNeedRows]);

  useLayoutEffect(() => {
    if (jumpToEnd && scroller.current) {
      scroller.current.scrollTop = scroller.current.scrollHeight;
      setJumpToEnd(false);
    }
  }, [jumpToEnd, rowsVersion]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'End') {
      event.preventDefault();
      void onLoadAll().then(() => setJumpToEnd(true));
      setJumpToEnd(true);
    } else if (event.key === 'Home') {
      event.preventDefault();
      if (scroller.current) scroller.current.scrollTop = 0;
    }
  };

  // Each column: its text width in characters plus the cell's horizontal padding (2 × 0.6rem).
  const templateColumns = [rowNumberChars, ...widths].map((w) => `calc(${w}ch + 1.2rem)`).join(' ');
  const visible = rows.slice(win.start, win.end);

  return (
    <div
      className="result-grid"
      ref={scroller}
      role="table"
      aria-label="Query results"
      aria-rowcount={exhausted ? rows.length + 1 : -1}
      aria-colcount={columns.length + 1}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="result-grid__head" ref={head}>
        <div role="row" aria-rowindex={1} className="result-grid__row" style={{ gridTemplateColumns: templateColumns }}>
          <div role="columnheader" className="result-grid__rownum">
            Row
          </div>
          {columns.map((c, i) => (
            <div role="columnheader" key={i} className={`result-grid__header${numeric[i] ? ' result-grid__header--num' : ''}`}>
              <span className="result-grid__name">{c.name}</span>
              <span className="result-grid__type">{c.type}</span>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="result-grid__body" style={{ height: win.totalHeight }}>
        <div className="result-grid__window" style={{ transform: `translateY(${win.offsetY}px)` }}>
          {visible.map((row, k) => {
            const index = win.start + k;
            return (
              <div role="row" key={index} aria-rowindex={index + 2} className="result-grid__row" style={{ gridTemplateColumns: templateColumns, height: gridRowHeight }}>
                <div role="rowheader" className="result-grid__rownum">
                  {index + 1}
                </div>
                {row.map((cell, i) => (
                  <div role="cell" key={i} className={cell === null ? 'result-grid__cell result-grid__cell--null' : numeric[i] ? 'result-grid__cell result-grid__cell--num' : 'result-grid__cell'}>
                    {cellDisplay(cell, columns[i]?.type)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
