import { useEffect, useRef, useState } from 'react';
import type { Theme } from '../call-context/widget-config';
import { applyTheme } from '../ui/theme';
import { AnswersPanel } from './answers-panel';
import type { EmbedSettings } from './call-panel';
import { CallPanel } from './call-panel';
import type { Scenario } from '../simulator/scenario';
import { DEFAULT_SCENARIO } from '../simulator/scenario';
import type { HostCall } from '../simulator/wire';
import { buildWidgetUrl } from './embedding';
import { MessageLog } from './message-log';
import type { TimeEmbed } from './time-panel';
import { NO_TIME_EMBED, TimePanel } from './time-panel';
import { useAgentDesktop } from './use-agent-desktop';

export interface DevHostProps {
  /** The page's own origin: the widget is told to trust exactly this one. */
  hostOrigin: string;
  widgetOrigin: string;
  initialCall: HostCall;
  initialEmbed: EmbedSettings;
  initialTheme: Theme;
}

interface Loaded {
  call: HostCall;
  embed: EmbedSettings;
  time: TimeEmbed;
  theme: Theme;
  /** Bumped to reload the frame even when its URL is unchanged. */
  generation: number;
}

/** The simulated agent desktop: a call panel, the answers it gives, the widget in its frame, the log. */
export function DevHost({ hostOrigin, widgetOrigin, initialCall, initialEmbed, initialTheme }: DevHostProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [call, setCall] = useState(initialCall);
  const [embed, setEmbed] = useState(initialEmbed);
  const [scenario, setScenario] = useState<Scenario>(DEFAULT_SCENARIO);
  const [time, setTime] = useState<TimeEmbed>(NO_TIME_EMBED);
  const [loaded, setLoaded] = useState<Loaded>({ call: initialCall, embed: initialEmbed, time, theme: initialTheme, generation: 0 });
  const { desktop, traffic } = useAgentDesktop({ frame, widgetOrigin, hostOrigin, scenario });

  const widgetUrl = buildWidgetUrl(widgetOrigin, loaded.call, { ...loaded.embed, hostOrigin, theme: loaded.theme, time: loaded.time });
  useEffect(() => {
    // Assigned, not rendered: setting `src` again reloads the same frame, which keeps its
    // window.name (where a cross-site widget keeps its draft), as a host's reload would.
    if (frame.current) frame.current.src = widgetUrl;
  }, [widgetUrl, loaded.generation]);

  const reload = (theme: Theme = loaded.theme) => setLoaded((current) => ({ call, embed, time, theme, generation: current.generation + 1 }));
  // The customer's time applies as soon as the typing stops: the widget reloads with it.
  useEffect(() => {
    if (time === loaded.time) return;
    const handle = setTimeout(() => setLoaded((current) => ({ ...current, time })), 600);
    return () => clearTimeout(handle);
  }, [time, loaded.time]);
  const changeTheme = (theme: Theme) => {
    applyTheme(theme);
    reload(theme);
  };
  const deliver = () => {
    // The frame keeps its URL, as a real desktop's would; the next reload uses the panel's call.
    desktop.pushCall(call);
  };

  return (
    <div className="dev">
      <header className="dev-header">
        <div>
          <p className="dev-eyebrow">Simulated agent desktop</p>
          <h1 className="dev-title">Set callback · dev host</h1>
        </div>
        <dl className="dev-origins">
          <div>
            <dt>Desktop</dt>
            <dd>{hostOrigin}</dd>
          </div>
          <div>
            <dt>Widget</dt>
            <dd>{widgetOrigin}</dd>
          </div>
        </dl>
        <div className="dev-theme">
          <label className="field-label" htmlFor="dev-theme">
            Theme
          </label>
          <select
            id="dev-theme"
            className="input input-compact"
            value={loaded.theme}
            onChange={(event) => {
              const value = event.target.value;
              if (value === 'light' || value === 'dark' || value === 'system') changeTheme(value);
            }}
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
      </header>
      <main className="dev-main" aria-label="Agent desktop">
        <div className="dev-controls">
          <CallPanel
            call={call}
            embed={embed}
            onCallChange={setCall}
            onEmbedChange={setEmbed}
            onDeliver={deliver}
            onReload={() => reload()}
          />
          <TimePanel value={time} onChange={setTime} />
          <AnswersPanel scenario={scenario} onChange={setScenario} />
        </div>
        <section className="dev-panel dev-stage" aria-labelledby="widget-heading">
          <div className="dev-stage-header">
            <h2 id="widget-heading" className="dev-panel-title">
              Widget
            </h2>
            <code className="dev-url" title={widgetUrl}>
              {widgetUrl}
            </code>
          </div>
          <iframe ref={frame} className="dev-frame" title="Set callback widget" />
        </section>
        <MessageLog traffic={traffic} onClear={desktop.clearTraffic} />
      </main>
    </div>
  );
}
