import { useEffect, useState } from 'react';
import { getJson } from '../api/api-client.ts';
import type { Loadable } from '../api/api-client.ts';

// The catalogue, the region registry and the map change only when data are loaded; the pages
// of this area share one request for each instead of fetching them on every page.
const cache = new Map<string, Promise<unknown>>();

export function cachedJson<T>(path: string): Promise<T> {
  let promise = cache.get(path) as Promise<T> | undefined;
  if (!promise) {
    promise = getJson<T>(path);
    // a failed request is not kept: the next page may try again
    promise.catch(() => cache.delete(path));
    cache.set(path, promise);
  }
  return promise;
}

export function useCachedApi<T>(path: string | null): Loadable<T> {
  const [result, setResult] = useState<{ path: string | null; value: Loadable<T> }>({
    path,
    value: { state: 'loading' },
  });
  useEffect(() => {
    if (path === null) return;
    let current = true;
    cachedJson<T>(path).then(
      (data) => current && setResult({ path, value: { state: 'ready', data } }),
      (error: Error) => current && setResult({ path, value: { state: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return result.path === path ? result.value : { state: 'loading' };
}

/** Several API resources at once (the support panel reads a series per rule). */
export function useApiAll<T>(paths: readonly string[]): Loadable<T[]> {
  const key = paths.join('\n');
  const [result, setResult] = useState<{ key: string; value: Loadable<T[]> }>({
    key,
    value: { state: 'loading' },
  });
  useEffect(() => {
    let current = true;
    Promise.all(
      key
        .split('\n')
        .filter(Boolean)
        .map((p) => getJson<T>(p)),
    ).then(
      (data) => current && setResult({ key, value: { state: 'ready', data } }),
      (error: Error) => current && setResult({ key, value: { state: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result.key === key ? result.value : { state: 'loading' };
}
