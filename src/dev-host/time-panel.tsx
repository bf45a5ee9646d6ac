import { useState } from 'react';
import { zoneNames } from '../time/zone-names';
import { DevField } from './dev-field';

/** The SPEC §11 parameters the desktop puts in the widget's URL. Empty: the widget's default. */
export interface TimeEmbed {
  customerTimeZone: string;
  scheduleTimeZone: string;
  callingHours: string;
  maxDaysAhead: string;
}

export const NO_TIME_EMBED: TimeEmbed = { customerTimeZone: '', scheduleTimeZone: '', callingHours: '', maxDaysAhead: '' };

interface TimePanelProps {
  value: TimeEmbed;
  /** Applied as soon as the agent stops typing: the widget reloads with the new URL. */
  onChange: (value: TimeEmbed) => void;
}

const FIELDS: { key: keyof TimeEmbed; label: string; hint: string; zone?: boolean }[] = [
  { key: 'customerTimeZone', label: 'Customer time zone', hint: "customerTimeZone: the window is entered on this clock. Empty: the call's TimeZone, else yours.", zone: true },
  { key: 'scheduleTimeZone', label: 'Schedule time zone', hint: 'scheduleTimeZone: the clock of StartDate/StartTime in what is sent. Empty: yours.', zone: true },
  { key: 'callingHours', label: 'Calling hours', hint: 'callingHours, e.g. 09:00-17:00, or off. Empty: 08:00-21:00.' },
  { key: 'maxDaysAhead', label: 'Days ahead', hint: 'maxDaysAhead: the latest start, in days from now. Empty: 30.' },
];

/** The customer's time (SPEC §11) as the desktop sets it: change a value and see what the widget sends. */
export function TimePanel({ value, onChange }: TimePanelProps) {
  const [listWanted, setListWanted] = useState(false);
  return (
    <section className="dev-panel" aria-labelledby="time-heading">
      <h2 id="time-heading" className="dev-panel-title">
        Customer&apos;s time
      </h2>
      <div className="dev-fields">
        {FIELDS.map(({ key, label, hint, zone }) => (
          <DevField
            key={key}
            id={`host-${key}`}
            label={label}
            value={value[key]}
            hint={hint}
            list={zone ? 'host-zone-options' : undefined}
            onFocus={() => setListWanted(Boolean(zone) || listWanted)}
            onValue={(next) => onChange({ ...value, [key]: next })}
          />
        ))}
      </div>
      <datalist id="host-zone-options">{listWanted ? zoneNames().map((name) => <option key={name} value={name} />) : null}</datalist>
      <p className="field-hint">Each change reloads the widget with it in the URL; the log shows the StartDate and StartTime sent.</p>
    </section>
  );
}
