import { useState } from 'react';
import type { Chart, PcaBlock } from '../../core/lessons/lessonSchema';
import { fitPca, pcaRowsOf, type PcaResult } from '../../core/ml/pca';
import type { ResultSet } from '../../core/result';
import { useStudio } from '../studio';
import { ChartSvg } from './ChartSvg';
import { LessonChartFrame } from './LessonChartFrame';
import { ResultTable } from './ResultTable';

export interface PcaFigureProps {
  block: PcaBlock;
  canRun: boolean;
}

function screeResult(fit: PcaResult): ResultSet {
  return {
    columns: [{ name: 'component', type: 'VARCHAR' }, { name: 'explained_variance', type: 'DOUBLE' }],
    rows: fit.explained.map((v, i) => [`PC${i + 1}`, Number(v.toFixed(4))]),
  };
}

function loadingsResult(block: PcaBlock, fit: PcaResult): ResultSet {
  return {
    columns: [{ name: 'feature', type: 'VARCHAR' }, { name: 'train_mean', type: 'DOUBLE' }, { name: 'train_sd', type: 'DOUBLE' }, { name: 'pc1_weight', type: 'DOUBLE' }, { name: 'pc2_weight', type: 'DOUBLE' }],
    rows: block.features.map((f, j) => [f, Number(fit.means[j]!.toFixed(3)), Number(fit.sds[j]!.toFixed(3)), Number(fit.loadings[0]![j]!.toFixed(3)), Number((fit.loadings[1]?.[j] ?? 0).toFixed(3))]),
  };
}

/** A PCA block: run the query, fit on the training rows (ml-pca), draw the scree chart and the first two components. */
export function PcaFigure({ block, canRun }: PcaFigureProps) {
  const { engine } = useStudio();
  const [fit, setFit] = useState<PcaResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    try {
      setError(null);
      setFit(fitPca(pcaRowsOf(await engine.query(block.sql), block.split, block.features)));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const scree: Chart = { title: `${block.title}: explained variance`, type: 'bar', sql: '', x: 'component', y: 'explained_variance' };
  const scatter: Chart = { title: `${block.title}: first two components`, type: 'scatter', sql: '', x: 'pc1', y: 'pc2' };
  const scores: ResultSet | null = fit && {
    columns: [{ name: 'pc1', type: 'DOUBLE' }, { name: 'pc2', type: 'DOUBLE' }],
    rows: fit.scores.map((s) => [s.pc1, s.pc2]),
  };
  return (
    <LessonChartFrame title={block.title} sql={block.sql} runLabel={fit ? 'Fit again' : 'Fit PCA'} onRun={() => void run()} canRun={canRun} error={error && `PCA: ${error}`}>
      {fit && scores && (
        <>
          <p>
            Fitted on {fit.trainRows} training rows of {fit.scores.length}; the first two components explain {((fit.explained[0]! + (fit.explained[1] ?? 0)) * 100).toFixed(1)}% of the variance.
          </p>
          <ResultTable result={loadingsResult(block, fit)} caption="Scaler (fitted on train) and component weights" />
          <ChartSvg chart={scree} result={screeResult(fit)} />
          <ChartSvg chart={scatter} result={scores} />
        </>
      )}
    </LessonChartFrame>
  );
}
