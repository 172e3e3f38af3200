'use client';

import { useEffect } from 'react';
import { CACHES } from '@/lib/offline/names';

/**
 * After "leave": the copies of appointments kept for offline use are deleted from this browser
 * (the server has already forgotten that it may see them).
 */
export function ForgetOffline() {
  useEffect(() => {
    if (!('caches' in window)) return;
    void Promise.all(CACHES.map((name) => caches.delete(name))).catch(() => undefined);
  }, []);
  return null;
}
