/**
 * Files dropped anywhere on the window go to the Data view (shown at once), whether or not it
 * was visited before. The Data view's own drop zone stops the event, so nothing is imported twice.
 */
import { useEffect } from 'react';
import { handOffFile, type ViewId } from '../studio';

export function useFileDrop(showView: (id: ViewId) => void): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent): void => {
      if (hasFiles(e)) e.preventDefault(); // allows the drop (the browser would open the file)
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      showView('data');
      handOffFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [showView]);
}
