import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

export interface AfterPassProps {
  /** The reference solution (SQL), when it may be shown. */
  solution?: string;
  explanation?: string;
  alternative?: string;
}

/** After passing (or asking for the solution): the reference, why it works, and another way. */
export function AfterPass({ solution, explanation, alternative }: AfterPassProps) {
  if (!solution && !explanation && !alternative) return null;
  return (
    <div className="exercise__solution">
      {solution && (
        <>
          <p>A solution:</p>
          <pre aria-label="Solution" tabIndex={0}>
            <code>{solution.trim()}</code>
          </pre>
        </>
      )}
      {explanation && (
        <div className="exercise__explanation" aria-label="Explanation" role="note">
          <Markdown remarkPlugins={[remarkGfm]}>{explanation}</Markdown>
        </div>
      )}
      {alternative && (
        <>
          <p>Another way:</p>
          <pre aria-label="Alternative solution" tabIndex={0}>
            <code>{alternative.trim()}</code>
          </pre>
        </>
      )}
    </div>
  );
}
