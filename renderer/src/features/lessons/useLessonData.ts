/**
 * Make sure the open lesson's pack is built at the lesson's scale, through the shared pack store
 * (so the Schemas and Compare views see the same build), and give the lesson its hidden-variant
 * host. Building starts when a lesson needs data that is not there.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Lesson } from '../../core/lessons/lessonSchema';
import { findPack, usePack } from '../packs';
import { useStudio } from '../studio';
import { variantHost, type VariantHost } from '../../engine/lessons/variantData';

export interface LessonData {
  /** ready: the lesson's data is the current build. */
  state: 'ready' | 'building' | 'missing-pack' | 'failed' | 'other-build';
  /** Words for the banner. */
  message: string;
  /** Build the lesson's pack at its scale. */
  prepare(): void;
  /** The hidden variant of this lesson's data, when the pack is present. */
  variant: VariantHost | undefined;
}

export function useLessonData(lesson: Lesson | null): LessonData {
  const { engine } = useStudio();
  const packs = usePack();
  const pack = lesson ? findPack(lesson.meta.pack) : null;
  const report = packs.report;
  const matches = !!lesson && !!report && report.pack === lesson.meta.pack && report.scale === lesson.meta.scale && report.seed === 0;
  const { selectPack, selectScale, build, status } = packs;

  const prepare = useCallback(() => {
    if (!lesson || !pack || status === 'building') return;
    selectPack(lesson.meta.pack);
    selectScale(lesson.meta.scale);
    void build(0);
  }, [lesson, pack, status, selectPack, selectScale, build]);

  // Build once when a lesson whose data is not loaded is opened. Only once: if another view then
  // builds something else, the lesson asks (banner) instead of fighting over the one engine.
  const autoBuilt = useRef<string | null>(null);
  useEffect(() => {
    if (!lesson || !pack || matches || autoBuilt.current === lesson.id) return;
    if (status === 'building' || status === 'failed') return;
    autoBuilt.current = lesson.id;
    prepare();
  }, [lesson, pack, matches, status, prepare]);

  const variant = useMemo(() => (lesson && pack ? variantHost(engine, pack, lesson.meta.scale) : undefined), [engine, lesson, pack]);

  if (!lesson) return { state: 'other-build', message: '', prepare, variant };
  const where = `the ${lesson.meta.pack} pack at the ${lesson.meta.scale} scale`;
  if (!pack) return { state: 'missing-pack', message: `This lesson needs the ${lesson.meta.pack} pack, which is not bundled with this build. Its SQL and exercises cannot run here.`, prepare, variant };
  if (matches && status !== 'building') return { state: 'ready', message: `Data: ${where}.`, prepare, variant };
  if (status === 'building') return { state: 'building', message: `Preparing ${where}… ${packs.progress?.step ?? ''}`, prepare, variant };
  if (status === 'failed') return { state: 'failed', message: `Building ${where} failed: ${packs.error ?? 'unknown error'}`, prepare, variant };
  return { state: 'other-build', message: `This lesson runs on ${where}.`, prepare, variant };
}
