/**
 * The frame of the studio: side navigation, top bar, status bar, and the window-wide hooks (keys,
 * menus, dropped files, lesson stepping). It frames the views the composition root lists.
 */
export * from './SideNav';
export * from './StatusBar';
export * from './TopBar';
export * from './useFileDrop';
export * from './useGlobalShortcuts';
export * from './useLessonStepper';
export * from './useMenuCommands';
export * from './lazyView';
export * from './ViewErrorBoundary';
export type { ViewDefinition } from './viewDefinition';
