/**
 * The console section the URL fragment names (issue 11): `#team` opens Team, on a link, a reload, or Back/Forward.
 * A fragment this person may not open shows the first allowed section instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { sectionFromHash, type Section } from '../lib/console/console-sections';

export function useConsoleRoute(allowed: readonly Section[]): Section {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return sectionFromHash(hash, allowed);
}
