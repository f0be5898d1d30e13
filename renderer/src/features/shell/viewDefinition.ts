/** What the shell needs to know of a view to list it and show it. */
import type { ComponentType } from 'react';
import type { ViewId } from '../studio';

export interface ViewDefinition {
  id: ViewId;
  /** Name in the side navigation (and the accessible name of the view's region). */
  label: string;
  /** Rendered the first time the view is shown, then kept mounted (hidden) to keep its state. */
  component: ComponentType;
  /** Loads the component's code ahead of its first render (see lazyView). */
  preload(): Promise<void>;
  /** After its code failed to load, lets the next render load it again. */
  retry(): void;
}
