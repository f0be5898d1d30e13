import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartAxis, type ChartAxisProps } from './ChartAxis';

const render = (props: ChartAxisProps) => renderToStaticMarkup(createElement(ChartAxis, props));
const ticks = [
  { at: 100, label: '0' },
  { at: 350, label: '50 ms' },
];

describe('ChartAxis', () => {
  it('draws a horizontal axis: labels centred under each tick, grid lines down the plot', () => {
    expect(render({ side: 'bottom', ticks, at: 272, grid: [8, 250] })).toBe(
      '<g class="chart-axis">' +
        '<g><line x1="100" x2="100" y1="8" y2="250"></line><text x="100" y="272" text-anchor="middle">0</text></g>' +
        '<g><line x1="350" x2="350" y1="8" y2="250"></line><text x="350" y="272" text-anchor="middle">50 ms</text></g>' +
        '</g>',
    );
  });

  it('draws a vertical axis: labels right-aligned left of the plot, grid lines across it', () => {
    expect(render({ side: 'left', ticks: ticks.slice(1), at: 82, grid: [90, 630] })).toBe(
      '<g class="chart-axis"><g><line x1="90" x2="630" y1="350" y2="350"></line><text x="82" y="350" text-anchor="end" dominant-baseline="middle">50 ms</text></g></g>',
    );
  });

  it('turns long category labels about their own tick and draws no grid unless asked', () => {
    const html = render({ side: 'bottom', ticks: ticks.slice(0, 1), at: 278, rotate: -30 });
    expect(html).toBe('<g class="chart-axis"><g><text x="100" y="278" text-anchor="end" transform="rotate(-30 100 278)">0</text></g></g>');
  });
});
