import type { Exercise, Lesson } from '../../core/lessons/lessonSchema';
import { ChoiceCard } from './ChoiceCard';
import { SqlExerciseCard } from './SqlExerciseCard';
import { StylesCard } from './StylesCard';
import type { VariantHost } from '../../engine/lessons/variantData';

export interface ExerciseCardProps {
  lesson: Lesson;
  exercise: Exercise;
  /** 1-based number in the lesson. */
  number: number;
  /** False while the lesson's data is not ready. */
  canCheck: boolean;
  variant: VariantHost | undefined;
}

/** One exercise, drawn by its kind. */
export function ExerciseCard(props: ExerciseCardProps) {
  const { exercise } = props;
  switch (exercise.kind) {
    case 'choice':
      return <ChoiceCard lesson={props.lesson} exercise={exercise} number={props.number} />;
    case 'styles':
      return <StylesCard {...props} exercise={exercise} />;
    default:
      return <SqlExerciseCard {...props} exercise={exercise} />;
  }
}
