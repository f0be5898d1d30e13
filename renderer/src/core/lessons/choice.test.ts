import { describe, expect, it } from 'vitest';
import { judgeChoice, parseChosen } from './choice';
import type { ChoiceExercise } from './lessonSchema';

const one: ChoiceExercise = {
  kind: 'choice', id: 'grain', prompt: 'p', multiple: false, explanation: 'e',
  options: [{ text: 'order', correct: false }, { text: 'order line', correct: true }, { text: 'day', correct: false }],
};
const several: ChoiceExercise = { ...one, multiple: true, options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c', correct: false }] };

describe('judgeChoice', () => {
  it.each([
    [one, [1], true, []],
    [one, [0], false, ['That is not the best answer: read the explanation.']],
    [one, [], false, ['Choose an option first.']],
    [several, [0, 1], true, []],
    [several, [1, 0], true, []],
    [several, [0], false, ['1 right option is missing.']],
    [several, [0, 1, 2], false, ['1 of your choices is not right.']],
    [several, [2], false, ['1 of your choices is not right.', '2 right options are missing.']],
  ] as const)('%#: %j', (q, chosen, passed, messages) => {
    expect(judgeChoice(q, chosen)).toEqual({ passed, messages });
  });

  it('reads saved choices, ignoring anything that is not a list of numbers', () => {
    expect(parseChosen('[0,2]')).toEqual([0, 2]);
    expect(parseChosen('SELECT 1')).toEqual([]);
    expect(parseChosen('{"a":1}')).toEqual([]);
    expect(parseChosen('[1,"x",2.5]')).toEqual([1]);
  });
});
