import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Theme } from '../call-context/widget-config';
import { readWidgetConfig } from '../call-context/widget-config';
import { applyTheme } from '../ui/theme';
import { DemoPage, StoryIndex, StoryNotFound } from './demo-page';
import { DocPage } from './doc-page';
import { connectInMemory } from '../simulator/in-memory';
import type { Story } from './story';
import { findStory } from './stories';
import { StoryStage } from './story-stage';

/** The integration contract's page: never a story's id. */
const DOCS = 'docs';

/** `/demo` → index; `/demo/<id>` → one story; `/demo/docs` → docs/integration.md; `?bare=1` → the story alone (the narrow story's frame). */
export function mountDemo(root: HTMLElement): void {
  const config = readWidgetConfig(window.location.search);
  const bare = new URLSearchParams(window.location.search).get('bare') === '1';
  const id = decodeURIComponent(window.location.pathname.replace(/^\/demo\/?/, '').replace(/\/$/, ''));
  const story = id ? findStory(id) : undefined;
  const theme: Theme = story?.theme ?? config.theme;
  applyTheme(theme);
  document.title = `${story ? story.title : id === DOCS ? 'Integration contract' : 'Stories'} · Set callback demo`;
  const reactRoot = createRoot(root);

  if (!id || !story) {
    reactRoot.render(
      <StrictMode>
        <DemoPage story={null} theme={theme} path={window.location.pathname}>
          {id === DOCS ? <DocPage /> : id ? <StoryNotFound id={id} /> : <StoryIndex theme={theme} />}
        </DemoPage>
      </StrictMode>,
    );
    root.dataset.storyState = 'ready';
    return;
  }

  if (story.frameWidth && !bare) {
    const src = `${window.location.pathname}?bare=1${theme === 'system' ? '' : `&theme=${theme}`}`;
    reactRoot.render(
      <StrictMode>
        <DemoPage story={story} theme={theme} path={window.location.pathname}>
          <main className="demo-frame-stage" aria-label="Story preview">
            <iframe className="demo-frame" src={src} width={story.frameWidth} title={`The widget, ${story.frameWidth} px wide`} />
          </main>
        </DemoPage>
      </StrictMode>,
    );
    root.dataset.storyState = 'ready';
    return;
  }

  mountStory(root, reactRoot, story, bare, theme);
}

function mountStory(root: HTMLElement, reactRoot: ReturnType<typeof createRoot>, story: Story, bare: boolean, theme: Theme) {
  // The real postMessage bridge, talking in memory to the simulated desktop with the story's scenario.
  const { bridge, desktop, close } = connectInMemory(story.desktop);
  window.addEventListener('pagehide', close, { once: true });
  const stage = <StoryStage story={story} bridge={bridge} />;
  reactRoot.render(
    <StrictMode>
      {bare ? (
        stage
      ) : (
        <DemoPage story={story} theme={theme} path={window.location.pathname}>
          <div className="demo-stage">{stage}</div>
        </DemoPage>
      )}
    </StrictMode>,
  );
  root.dataset.storyState = 'playing';
  // After the first render, outside React: the play step is a user, not a component.
  void (story.play?.({ doc: document, desktop }) ?? Promise.resolve()).then(
    () => {
      root.dataset.storyState = 'ready';
    },
    (error: unknown) => {
      root.dataset.storyState = 'failed';
      console.error(error);
    },
  );
}
