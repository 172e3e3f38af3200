'use client';

import { useQuery } from '@tanstack/react-query';

class SignedOut extends Error {}

/**
 * What the browser refreshes by itself: a GET route of ours, the server's first answer as the
 * initial data (no refetch on mount), asked again on an interval and when the tab comes back. A
 * failed refresh keeps the last answer on screen; a 401 says the staff session has ended.
 */
export function useLiveQuery<T>(key: readonly unknown[], url: string, initialData: T, refetchInterval: number) {
  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => {
      const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (response.status === 401) throw new SignedOut();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.json()) as T;
    },
    initialData,
    refetchInterval,
    refetchOnMount: false,
    staleTime: 0,
    retry: (failures, error) => !(error instanceof SignedOut) && failures < 1,
  });
  return { data: query.data ?? initialData, signedOut: query.error instanceof SignedOut };
}
