/**
 * Judging a judgement (choice) question: the chosen options against the right ones, in words.
 */
import type { ChoiceExercise } from './lessonSchema';

/** The verdict on a set of chosen options (0-based indexes). */
export interface ChoiceVerdict {
  passed: boolean;
  /** Empty when passed; otherwise what is off, without giving the answer away. */
  messages: string[];
}

/** Compare `chosen` with the question's right options. */
export function judgeChoice(question: ChoiceExercise, chosen: readonly number[]): ChoiceVerdict {
  const picked = new Set(chosen);
  if (picked.size === 0) return { passed: false, messages: ['Choose an option first.'] };
  const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
  const missed = right.filter((i) => !picked.has(i)).length;
  const wrong = [...picked].filter((i) => !question.options[i]?.correct).length;
  if (missed === 0 && wrong === 0) return { passed: true, messages: [] };
  if (!question.multiple) return { passed: false, messages: ['That is not the best answer: read the explanation.'] };
  const messages: string[] = [];
  if (wrong > 0) messages.push(`${wrong} of your choices ${wrong === 1 ? 'is' : 'are'} not right.`);
  if (missed > 0) messages.push(`${missed} right option${missed === 1 ? ' is' : 's are'} missing.`);
  return { passed: false, messages };
}

/** Read the chosen options saved in progress (a JSON array), tolerating anything else. */
export function parseChosen(saved: string): number[] {
  try {
    const value: unknown = JSON.parse(saved);
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}
