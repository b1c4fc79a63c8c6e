import { DomainError } from '@weegschaal/core';

/**
 * Domain validation names fields as the domain knows them ('content.summary', 'level');
 * the API names them where the client sent them ('body.content.summary', 'params.level'),
 * like schema validation does. This renames them on the way out.
 */
export async function inRequestContext<T>(
  work: Promise<T>,
  where: (name: string) => 'body' | 'params' | 'querystring',
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid-input')
      throw new DomainError(
        error.kind,
        error.message,
        error.invalidParams.map((p) => ({ ...p, name: `${where(p.name)}.${p.name}` })),
      );
    throw error;
  }
}

/** Path parameters by name; everything else came in the body. */
export const bodyUnless =
  (...params: string[]) =>
  (name: string): 'body' | 'params' =>
    params.includes(name.split('.')[0] ?? '') ? 'params' : 'body';
