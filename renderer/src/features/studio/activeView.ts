/** Which view fills the main area; read by views that only act while shown (e.g. shortcuts). */
import { createContext, useContext } from 'react';
import type { ViewId } from './StudioContext';

export const ActiveViewContext = createContext<ViewId>('editor');

/** The id of the view currently shown. */
export function useActiveView(): ViewId {
  return useContext(ActiveViewContext);
}
