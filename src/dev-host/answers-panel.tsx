import type { HostSettings, ScenarioOption } from './host-scenarios';
import { MODES_SCENARIOS, RESULT_SCENARIOS } from './host-scenarios';

interface AnswersPanelProps {
  settings: HostSettings;
  onChange: (settings: HostSettings) => void;
}

interface ScenarioSelectProps<T extends string> {
  id: string;
  label: string;
  options: readonly ScenarioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

function ScenarioSelect<T extends string>({ id, label, options, value, onChange }: ScenarioSelectProps<T>) {
  const effect = options.find((option) => option.id === value)?.effect;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input input-compact"
        value={value}
        aria-describedby={`${id}-effect`}
        onChange={(event) => {
          const chosen = options.find((option) => option.id === event.target.value);
          if (chosen) onChange(chosen.id);
        }}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <p className="field-hint" id={`${id}-effect`}>
        {effect}
      </p>
    </div>
  );
}

/** How the desktop answers, per request type. Changes apply to the next request. */
export function AnswersPanel({ settings, onChange }: AnswersPanelProps) {
  const delayUsed = settings.schedule === 'delayed' || settings.personal === 'delayed';
  return (
    <section className="dev-panel" aria-labelledby="answers-heading">
      <h2 id="answers-heading" className="dev-panel-title">
        Answers
      </h2>
      <p className="field-hint dev-panel-intro">How this desktop answers each request. A change applies to the next request.</p>
      <div className="dev-fields">
        <ScenarioSelect
          id="answer-modes"
          label="GetCallBackModes"
          options={MODES_SCENARIOS}
          value={settings.modes}
          onChange={(modes) => onChange({ ...settings, modes })}
        />
        <ScenarioSelect
          id="answer-schedule"
          label="SetCallbackWithComments"
          options={RESULT_SCENARIOS}
          value={settings.schedule}
          onChange={(schedule) => onChange({ ...settings, schedule })}
        />
        <ScenarioSelect
          id="answer-personal"
          label="SetPersonalCallbackWithComments"
          options={RESULT_SCENARIOS}
          value={settings.personal}
          onChange={(personal) => onChange({ ...settings, personal })}
        />
        {delayUsed ? (
          <div className="field">
            <label className="field-label" htmlFor="answer-delay">
              Delay (seconds)
            </label>
            <input
              id="answer-delay"
              className="input input-compact"
              type="number"
              min={0}
              max={600}
              step={1}
              value={settings.delaySeconds}
              onChange={(event) => onChange({ ...settings, delaySeconds: Number(event.target.value) || 0 })}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
