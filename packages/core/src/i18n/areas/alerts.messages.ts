/**
 * Messages of one area, merged into the one catalogue in ../messages.ts. Kept in a file of
 * its own so that work on one area does not touch the others' lines. Dutch first; the
 * English map must have the same keys (a missing one is a compile error).
 */
export const nl = {} as const;

export const en: Record<keyof typeof nl, string> = {};
