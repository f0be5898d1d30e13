/** What other features use of results: running a query into a result state, its panel, and its CSV export. */
export * from './queryRun';
export * from './ResultsPanel';
export * from './useCsvExport';
