/** What other features use of the editor: the tabs store (to open a query in a new tab) and the live completion catalog. The editor screen itself is reached through the view registry. */
export * from './editorStore';
export * from './useCatalog';
