/** What a section's figures mean, as a few computed sentences under it. */
export interface SummarySentencesProps {
  /** Names the list for assistive technology, e.g. "What the storage figures say". */
  label: string;
  sentences: string[];
}

export function SummarySentences({ label, sentences }: SummarySentencesProps) {
  if (sentences.length === 0) return null;
  return (
    <div className="compare__said">
      <h3>{label}</h3>
      <ul>
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  );
}
