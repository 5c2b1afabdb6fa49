import type { PathSegment } from '../../core/index.js';
import type { RentalModel } from '../model.js';

/** The risk points that make a risk score of 1. */
export const FULL_POINTS = 100;

/** A problem that only shows when the parts of a model are seen together; the message is a predicate of the path. */
export interface ModelProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

function largest(table: Readonly<Record<string, number>>): number {
  return Math.max(...Object.values(table));
}

/**
 * The cross-field rules of a model whose fields are each valid: the points can never pass 100,
 * the price mapping does not run backwards, and the reported orderings hold.
 */
export function modelProblems(model: RentalModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const most =
    largest(model.regionLevels) +
    largest(model.destinationWeights) +
    largest(model.crackdownWeights);
  if (most > FULL_POINTS) {
    problems.push({
      path: [],
      message: `must keep the largest region level plus the largest destination and crackdown weights at or below ${String(FULL_POINTS)} risk points`,
    });
  }
  if (model.destinationWeights['south-korea'] < model.destinationWeights.china) {
    problems.push({
      path: ['destinationWeights', 'south-korea'],
      message:
        'must be at least the china weight, since the reported fine for calling South Korea is heavier',
    });
  }
  if (model.crackdownWeights.intensified < model.crackdownWeights.normal) {
    problems.push({
      path: ['crackdownWeights', 'intensified'],
      message: 'must be at least the normal weight',
    });
  }
  if (model.price.toFen < model.price.fromFen) {
    problems.push({ path: ['price', 'toFen'], message: 'must be at least price.fromFen' });
  }
  return problems;
}
