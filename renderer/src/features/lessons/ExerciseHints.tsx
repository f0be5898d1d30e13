import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** The hints revealed so far. */
export function ExerciseHints({ hints }: { hints: readonly string[] }) {
  if (hints.length === 0) return null;
  return (
    <ol className="exercise__hints" aria-label="Hints">
      {hints.map((h, i) => (
        <li key={i}>
          <Markdown remarkPlugins={[remarkGfm]}>{h}</Markdown>
        </li>
      ))}
    </ol>
  );
}
