import { memo, useEffect, useState } from 'react';

/**
 * The suggestions of a zone field: every IANA zone the browser knows, which the browser
 * filters as the agent types. Loaded once the agent first goes to the field (`filled`): a
 * list of some 400 zones is nothing the first render needs.
 */
export const ZoneOptions = memo(function ZoneOptions({ id, filled }: { id: string; filled: boolean }) {
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!filled) return;
    let live = true;
    void import('../time/zone-names').then(({ zoneNames }) => {
      if (live) setNames(zoneNames());
    });
    return () => {
      live = false;
    };
  }, [filled]);
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
});
