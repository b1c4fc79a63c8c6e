import type { InvalidParam } from '../errors/domain-error.ts';
import { IMPRECISE_WEIGHT_KINDS } from './imprecise-weights.ts';
import { WEIGHT_SET_METHODS } from './framework-evaluation.ts';

type Field = 'text' | 'number';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The shape of a weight set as it arrives in a request body (its `input` is open JSON): the
 * lists and members each method reads, with their types. The engines and the checks on
 * meaning (validateWeightSetInput) may then read it without tripping over a missing list or
 * a number that is text; everything wrong is named by its path.
 */
export function validateWeightSetShape(input: unknown): InvalidParam[] {
  if (!isRecord(input)) return [{ name: 'input', reason: 'must be an object' }];
  const method = input['method'];
  const problems: InvalidParam[] = [];
  const list = (key: string, item: Record<string, Field> | Field): void => {
    const value = input[key];
    if (!Array.isArray(value)) {
      problems.push({ name: `input.${key}`, reason: 'must be a list' });
      return;
    }
    value.forEach((element, k) => checkItem(element, `input.${key}[${k}]`, item, problems));
  };
  switch (method) {
    case 'direct':
      list('points', { criterionId: 'text', points: 'number' });
      break;
    case 'swing':
      list('swings', {
        criterionId: 'text',
        worstLabel: 'text',
        bestLabel: 'text',
        points: 'number',
      });
      break;
    case 'ahp':
      list('criterionIds', 'text');
      list('judgements', { a: 'text', b: 'text', value: 'number' });
      break;
    case 'imprecise':
      list('criterionIds', 'text');
      problems.push(...impreciseModelShape(input['model']));
      break;
    default:
      problems.push({
        name: 'input.method',
        reason: `must be one of ${WEIGHT_SET_METHODS.join(', ')}`,
        value: method,
      });
  }
  return problems;
}

function checkItem(
  element: unknown,
  path: string,
  item: Record<string, Field> | Field,
  problems: InvalidParam[],
): void {
  if (typeof item === 'string') {
    if (!isOfType(element, item))
      problems.push({ name: path, reason: reasonFor(item), value: element });
    return;
  }
  if (!isRecord(element)) {
    problems.push({ name: path, reason: 'must be an object' });
    return;
  }
  for (const [field, type] of Object.entries(item)) {
    if (!isOfType(element[field], type)) {
      problems.push({ name: `${path}.${field}`, reason: reasonFor(type), value: element[field] });
    }
  }
}

const isOfType = (v: unknown, type: Field): boolean =>
  type === 'text' ? typeof v === 'string' : typeof v === 'number' && Number.isFinite(v);

const reasonFor = (type: Field): string =>
  type === 'text' ? 'must be text' : 'must be a finite number';

function impreciseModelShape(model: unknown): InvalidParam[] {
  if (!isRecord(model)) return [{ name: 'input.model', reason: 'must be an object' }];
  const problems: InvalidParam[] = [];
  const numbers = (key: string) => {
    const v = model[key];
    if (!Array.isArray(v)) problems.push({ name: `input.model.${key}`, reason: 'must be a list' });
    else v.forEach((x, k) => checkItem(x, `input.model.${key}[${k}]`, 'number', problems));
  };
  switch (model['kind']) {
    case 'none':
      break;
    case 'exact':
      numbers('weights');
      break;
    case 'rank-order':
      numbers('ranks');
      break;
    case 'intervals': {
      const bounds = model['bounds'];
      if (!Array.isArray(bounds)) {
        problems.push({ name: 'input.model.bounds', reason: 'must be a list' });
        break;
      }
      bounds.forEach((b, k) =>
        checkItem(b, `input.model.bounds[${k}]`, { low: 'number', high: 'number' }, problems),
      );
      break;
    }
    default:
      problems.push({
        name: 'input.model.kind',
        reason: `must be one of ${IMPRECISE_WEIGHT_KINDS.join(', ')}`,
        value: model['kind'],
      });
  }
  return problems;
}
