import type { InvalidParam } from '@weegschaal/core';

/**
 * The field an invalid param names, as a dotted path without where it came from: schema
 * validation says 'body.links.0.level', domain validation 'links[0]'; both become 'links.0…'.
 */
export function fieldPath(param: InvalidParam): string {
  return param.name.replace(/^body\.?/, '').replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The reasons the server gave for a field or anything inside it ('contact' takes
 * 'contact.address', never 'contactVerifiedOn'), and those about the `whole` the field picks
 * (a link that points at nothing).
 */
export function problemsAt(
  problems: readonly InvalidParam[],
  name?: string,
  whole?: string,
): InvalidParam[] {
  return problems.filter((p) => {
    const path = fieldPath(p);
    return (name !== undefined && (path === name || path.startsWith(`${name}.`))) || path === whole;
  });
}

/** A control of a form as the refusal summary names it: its id, visible label and API path. */
export interface ShownField {
  id: string;
  label: string;
  name?: string;
  whole?: string;
}

/**
 * The control a refusal belongs to, so the summary names the label the reader sees and links to
 * it; the most specific one wins ('links.1.level' over 'links.1'). None for a field the form
 * does not show.
 */
export function shownFieldOf(
  param: InvalidParam,
  fields: readonly ShownField[],
): ShownField | null {
  let best: ShownField | null = null;
  let bestLength = -1;
  for (const field of fields) {
    if (problemsAt([param], field.name, field.whole).length === 0) continue;
    const length =
      fieldPath(param) === field.whole ? field.whole.length : (field.name ?? '').length;
    if (length > bestLength) {
      best = field;
      bestLength = length;
    }
  }
  return best;
}
