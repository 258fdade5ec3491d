'use client';
// Whether the page's scripts are running. A form that only works with them (it keeps texts out of the URL) stays
// disabled until then, so nothing typed or clicked before hydration is lost or submitted natively.
import { useEffect, useState } from 'react';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
