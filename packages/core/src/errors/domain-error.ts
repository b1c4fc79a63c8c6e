/**
 * Domain errors are values the core can raise without knowing about HTTP or the CLI.
 * The server maps each kind to an RFC 9457 problem at its edge; the CLI prints them.
 */
export type DomainErrorKind =
  'not-found' | 'invalid-input' | 'conflict' | 'unavailable' | 'forbidden';

/** One failing input location: a field in a request, or file/row/column in an import. */
export interface InvalidParam {
  name: string;
  reason: string;
  value?: unknown;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly invalidParams: InvalidParam[];

  constructor(kind: DomainErrorKind, message: string, invalidParams: InvalidParam[] = []) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.invalidParams = invalidParams;
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('not-found', `${what} '${id}' does not exist.`);

export const invalidInput = (message: string, params: InvalidParam[] = []): DomainError =>
  new DomainError('invalid-input', message, params);

export const conflict = (message: string): DomainError => new DomainError('conflict', message);

export const unavailable = (message: string): DomainError =>
  new DomainError('unavailable', message);

export function httpStatusOf(kind: DomainErrorKind): number {
  switch (kind) {
    case 'not-found':
      return 404;
    case 'invalid-input':
      return 400;
    case 'conflict':
      return 409;
    case 'unavailable':
      return 503;
    case 'forbidden':
      return 403;
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown error kind ${String(unreachable)}`);
    }
  }
}
