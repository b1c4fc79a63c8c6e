import { useMemo } from 'react';
import type { Region } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { RegionList } from '../societal-picture/societal-types.ts';
import type { SignalCluster } from './signals-types.ts';

/** The current gemeenten, shared with the societal picture's cache of the region registry. */
export function useGemeenten(): Region[] {
  const regions = useCachedApi<RegionList>('/regions?level=gemeente');
  return useMemo(() => (regions.state === 'ready' ? regions.data.items : []), [regions]);
}

/** Every cluster by id, so that a list of signals can say "one of 4" next to each. */
export function useClusterSizes(): Map<string, SignalCluster> {
  const clusters = useApi<{ items: SignalCluster[] }>('/signal-clusters?limit=2000');
  return useMemo(
    () => new Map(clusters.state === 'ready' ? clusters.data.items.map((c) => [c.id, c]) : []),
    [clusters],
  );
}
