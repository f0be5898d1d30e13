/** Desktop menu commands → studio actions, with a stand-in host (the platform, not the engine). */
import { describe, expect, it, vi } from 'vitest';
import type { OpenFileResult, Platform } from '../../platform';
import { openedCourses } from '../courses';
import { editorStore } from '../editor';
import { registerCommand, takeHandedFile } from '../studio';
import { handleMenuCommand } from './useMenuCommands';
import { getSyncStatus, workspaceStore } from '../workspace';

function host(opened: OpenFileResult): Platform & { openFile: ReturnType<typeof vi.fn> } {
  return { kind: 'desktop', openFile: vi.fn(async () => opened) } as unknown as Platform & { openFile: ReturnType<typeof vi.fn> };
}

const bytes = new Uint8Array([105, 100, 10, 49]);

describe('handleMenuCommand', () => {
  it('toggles presentation and steps the zoom', () => {
    const platform = host({ status: 'cancelled' });
    const before = workspaceStore.get().presentation;
    handleMenuCommand({ type: 'togglePresentation' }, platform, () => undefined);
    expect(workspaceStore.get().presentation).toBe(!before);
    handleMenuCommand({ type: 'zoomReset' }, platform, () => undefined);
    handleMenuCommand({ type: 'zoomIn' }, platform, () => undefined);
    expect(workspaceStore.get().zoom).toBe(1.1);
    handleMenuCommand({ type: 'zoomOut' }, platform, () => undefined);
    handleMenuCommand({ type: 'zoomOut' }, platform, () => undefined);
    expect(workspaceStore.get().zoom).toBe(0.9);
    handleMenuCommand({ type: 'zoomReset' }, platform, () => undefined);
    expect(workspaceStore.get().zoom).toBe(1);
  });

  it('switches views and opens a new editor tab', () => {
    const shown: string[] = [];
    const tabs = editorStore.get().tabs.tabs.length;
    handleMenuCommand({ type: 'showView', view: 'compare' }, host({ status: 'cancelled' }), (v) => shown.push(v));
    handleMenuCommand({ type: 'newTab' }, host({ status: 'cancelled' }), (v) => shown.push(v));
    expect(shown).toEqual(['compare', 'editor']);
    expect(editorStore.get().tabs.tabs.length).toBe(tabs + 1);
  });

  it('hands a data file opened by path to the Data view', async () => {
    const platform = host({ status: 'opened', file: { name: 'orders.csv', kind: 'csv', bytes } });
    const shown: string[] = [];
    handleMenuCommand({ type: 'openFilePath', path: '/home/ada/orders.csv', name: 'orders.csv' }, platform, (v) => shown.push(v));
    await vi.waitFor(() => expect(shown).toEqual(['data']));
    expect(platform.openFile).toHaveBeenCalledWith({ path: '/home/ada/orders.csv' });
    expect(takeHandedFile()).toEqual({ name: 'orders.csv', bytes });
  });

  it('File ▸ Open Course Folder: shows Courses and opens what main read, problems named', async () => {
    const files = { 'spring/lessons/01-a/lesson.md': '---\ntitle: A\npack: retail\nscale: course\nobjectives: [a]\nminutes: 5\n---\n\nText.\n', 'spring/sample-data/p/pack.yml': 'id: [' };
    const platform = { kind: 'desktop', openCourseFolder: vi.fn(async () => ({ status: 'opened', name: 'spring', files, skipped: 0 })) } as unknown as Platform;
    const shown: string[] = [];
    handleMenuCommand({ type: 'openCourseFolder' }, platform, (v) => shown.push(v));
    expect(shown).toEqual(['courses']);
    await vi.waitFor(() => expect(getSyncStatus().toast).toBe('Opened spring: 1 lesson, 0 packs, 1 problem (listed below).'));
    const course = openedCourses().find((c) => c.name === 'spring')!;
    expect(course.course.lessons.map((l) => l.id)).toEqual(['spring/01-a']);
    expect(course.course.problems[0]).toMatch(/^sample-data\/p\/pack\.yml: /);
  });

  it('says so when a file is not something the studio imports', () => {
    const platform = host({ status: 'cancelled' });
    handleMenuCommand({ type: 'openFilePath', path: '/tmp/notes.docx', name: 'notes.docx' }, platform, () => undefined);
    expect(platform.openFile).not.toHaveBeenCalled();
    expect(getSyncStatus().toast).toBe('notes.docx is not a file the studio can import (CSV, JSON or Parquet).');
  });

  it('exports results through the registered command, or explains why not', () => {
    const platform = host({ status: 'cancelled' });
    handleMenuCommand({ type: 'exportResults' }, platform, () => undefined);
    expect(getSyncStatus().toast).toBe('Open the SQL editor and run a query to export its results.');
    const exported = vi.fn();
    const off = registerCommand('results.exportCsv', exported);
    handleMenuCommand({ type: 'exportResults' }, platform, () => undefined);
    expect(exported).toHaveBeenCalledOnce();
    off();
  });
});
