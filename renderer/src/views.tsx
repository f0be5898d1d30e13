/**
 * The registry of the studio's views, in side-navigation order. A feature adds its screen with one
 * line: `lazy(() => import('./features/<feature>/<Screen>'))` (default export). Every screen is
 * loaded on first use, so the editor's start is not slowed by the others; that is why the registry
 * sits here, at the composition root, and imports each screen's own file rather than its
 * feature's index.
 */
import { lazy } from 'react';
import type { ViewDefinition } from './features/shell';

export const views: ViewDefinition[] = [
  { id: 'editor', label: 'SQL editor', component: lazy(() => import('./features/editor/EditorView')) },
  { id: 'schemas', label: 'Schemas', component: lazy(() => import('./features/packs/PacksView')) },
  { id: 'compare', label: 'Compare', component: lazy(() => import('./features/compare/CompareScreen')) },
  { id: 'plan', label: 'Plan', component: lazy(() => import('./features/plan/PlanScreen')) },
  { id: 'diagrams', label: 'Diagrams', component: lazy(() => import('./features/diagrams/DiagramsScreen')) },
  { id: 'lessons', label: 'Lessons', component: lazy(() => import('./features/lessons/LessonsScreen')) },
  { id: 'data', label: 'Data', component: lazy(() => import('./features/data/DataScreen')) },
  { id: 'courses', label: 'Courses', component: lazy(() => import('./features/courses/CoursesScreen')) },
];
