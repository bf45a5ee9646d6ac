import { memo } from 'react';
import { zoneNames } from '../time/zone-names';

/**
 * The suggestions of the customer-zone field: every IANA zone the browser knows, which the
 * browser filters as the agent types. Filled once the agent first goes to the field: a
 * list of some 400 zones is nothing the first render needs.
 */
export const ZoneOptions = memo(function ZoneOptions({ id, filled }: { id: string; filled: boolean }) {
  return <datalist id={id}>{filled ? zoneNames().map((name) => <option key={name} value={name} />) : null}</datalist>;
});
