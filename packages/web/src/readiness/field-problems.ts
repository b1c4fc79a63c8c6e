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
