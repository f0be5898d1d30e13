/** What other features use of the packs: the pack catalog, the one build state per pack and scale, the pack hook, and the small status pieces. The Schemas screen itself is reached through the view registry. */
export * from './packCatalog';
export * from './packStore';
export * from './usePack';
export * from './bundledPacks';
export * from './PackStatus';
export * from './PackTableHint';
