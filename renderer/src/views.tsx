/**
 * The registry of the studio's views, in side-navigation order. A feature adds its screen with one
 * line: `lazyView(() => import('./features/<feature>/<Screen>'))` (default export). Every screen is
 * loaded on first use, so the editor's start is not slowed by the others; that is why the registry
 * sits here, at the composition root, and imports each screen's own file rather than its
 * feature's index.
 */
import { lazyView, type ViewDefinition } from './features/shell';

export const views: ViewDefinition[] = [
  { id: 'editor', label: 'SQL editor', ...lazyView(() => import('./features/editor/EditorView')) },
  { id: 'schemas', label: 'Schemas', ...lazyView(() => import('./features/packs/PacksView')) },
  { id: 'compare', label: 'Compare', ...lazyView(() => import('./features/compare/CompareScreen')) },
  { id: 'plan', label: 'Plan', ...lazyView(() => import('./features/plan/PlanScreen')) },
  { id: 'diagrams', label: 'Diagrams', ...lazyView(() => import('./features/diagrams/DiagramsScreen')) },
  { id: 'lessons', label: 'Lessons', ...lazyView(() => import('./features/lessons/LessonsScreen')) },
  { id: 'data', label: 'Data', ...lazyView(() => import('./features/data/DataScreen')) },
  { id: 'courses', label: 'Courses', ...lazyView(() => import('./features/courses/CoursesScreen')) },
];
