/**
 * The studio service every feature may use: the one engine and its status, navigation between
 * views, the active view, plan requests, commands and their shortcuts, files handed between
 * views, and presentation mode. The shell frames the views and provides this; features import it
 * from here only.
 */
export * from './StudioContext';
export * from './StudioProvider';
export * from './activeView';
export * from './commands';
export * from './engineStatusStore';
export * from './fileHandoff';
export * from './planRequest';
export * from './shortcuts';
export * from './usePresentation';
