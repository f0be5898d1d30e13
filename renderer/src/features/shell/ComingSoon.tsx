/** Placeholder for a view another part of the studio has not delivered yet. */
import './ComingSoon.css';

export interface ComingSoonProps {
  title: string;
  /** What the view will offer, in a few words. */
  what: string;
}

export function ComingSoon({ title, what }: ComingSoonProps) {
  return (
    <div className="coming-soon">
      <h1>{title}</h1>
      <p>Coming in a later step: {what}.</p>
    </div>
  );
}
