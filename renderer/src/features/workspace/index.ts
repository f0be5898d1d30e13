/**
 * The workspace service: what the user would be sorry to lose between sessions, restored at start
 * and saved through the platform after each change (`workspaceSync`), the parts that belong to no
 * single view (`workspaceStore`), and the banner that says when the stored workspace cannot be
 * used. Features import it from here only.
 */
export * from './workspaceStore';
export * from './workspaceSync';
export * from './WorkspaceBackups';
export * from './WorkspaceProblem';
