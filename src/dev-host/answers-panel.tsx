import type { Scenario } from '../simulator/scenario';
import type { ScenarioOption } from './scenario-options';
import { CALLBACK_LIST_SCENARIOS, MODES_SCENARIOS, RESULT_SCENARIOS } from './scenario-options';

interface AnswersPanelProps {
  scenario: Scenario;
  onChange: (scenario: Scenario) => void;
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
export function AnswersPanel({ scenario, onChange }: AnswersPanelProps) {
  const delayUsed = scenario.schedule === 'late' || scenario.personal === 'late';
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
          value={scenario.modes}
          onChange={(modes) => onChange({ ...scenario, modes })}
        />
        <ScenarioSelect
          id="answer-schedule"
          label="SetCallbackWithComments"
          options={RESULT_SCENARIOS}
          value={scenario.schedule}
          onChange={(schedule) => onChange({ ...scenario, schedule })}
        />
        <ScenarioSelect
          id="answer-personal"
          label="SetPersonalCallbackWithComments"
          options={RESULT_SCENARIOS}
          value={scenario.personal}
          onChange={(personal) => onChange({ ...scenario, personal })}
        />
        <ScenarioSelect
          id="answer-callback-list"
          label="GetPersonalCallbackList"
          options={CALLBACK_LIST_SCENARIOS}
          value={scenario.callbackList}
          onChange={(callbackList) => onChange({ ...scenario, callbackList })}
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
              value={scenario.lateAfterMs / 1000}
              onChange={(event) => onChange({ ...scenario, lateAfterMs: (Number(event.target.value) || 0) * 1000 })}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
