/**
 * The registry of the studio's views, in side-navigation order. A feature adds its view with one
 * line: `lazy(() => import('../<feature>/<View>'))` (default export). Every view is loaded on
 * first use, so the editor's start is not slowed by the others.
 */
import { lazy, type ComponentType } from 'react';
import type { ViewId } from '../studio';

export interface ViewDefinition {
  id: ViewId;
  /** Name in the side navigation (and the accessible name of the view's region). */
  label: string;
  /** Rendered the first time the view is shown, then kept mounted (hidden) to keep its state. */
  component: ComponentType;
}

export const views: ViewDefinition[] = [
  { id: 'editor', label: 'SQL editor', component: lazy(() => import('../editor/EditorView')) },
  { id: 'schemas', label: 'Schemas', component: lazy(() => import('../packs/PacksView')) },
  { id: 'compare', label: 'Compare', component: lazy(() => import('../compare/CompareScreen')) },
  { id: 'plan', label: 'Plan', component: lazy(() => import('../plan/PlanScreen')) },
  { id: 'diagrams', label: 'Diagrams', component: lazy(() => import('../diagrams/DiagramsScreen')) },
  { id: 'lessons', label: 'Lessons', component: lazy(() => import('../lessons/LessonsScreen')) },
  { id: 'data', label: 'Data', component: lazy(() => import('../data/DataScreen')) },
  { id: 'courses', label: 'Courses', component: lazy(() => import('../courses/CoursesScreen')) },
];
