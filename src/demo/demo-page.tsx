import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import type { Theme } from '../call-context/widget-config';
import type { Story } from './story';
import { STORIES } from './stories';

const themeQuery = (theme: Theme) => (theme === 'system' ? '' : `?theme=${theme}`);
export const storyHref = (id: string, theme: Theme) => `/demo/${id}${themeQuery(theme)}`;
/** Where docs/integration.md states a story's promise, shown on /demo/docs. */
export const docHref = (anchor: string, theme: Theme) => `/demo/docs${themeQuery(theme)}#${anchor}`;

/** The link from a story to the contract it shows. */
function DocLink({ story, theme }: { story: Story; theme: Theme }) {
  return (
    <a className="demo-doc-link" href={docHref(story.doc, theme)}>
      In the integration contract
    </a>
  );
}

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

interface DemoPageProps {
  /** `null` on the index and the docs. */
  story: Story | null;
  theme: Theme;
  /** The path without the query: where the theme links point. */
  path: string;
  children: ReactNode;
}

/** The gallery's frame: header, the list of stories, the story's title and rule. */
export function DemoPage({ story, theme, path, children }: DemoPageProps) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // In a narrow window the list is one scrolling row: bring the current story into the
    // middle of it, once laid out. The row scrolls, never the page.
    const frame = requestAnimationFrame(() => {
      const row = nav.current;
      const current = row?.querySelector('[aria-current="page"]');
      if (!row || !current) return;
      const [rowBox, box] = [row.getBoundingClientRect(), current.getBoundingClientRect()];
      row.scrollLeft += box.left - rowBox.left - (rowBox.width - box.width) / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div className="demo">
      <header className="demo-header">
        <a className="demo-brand" href="/demo">
          Set callback <span className="demo-brand-sub">Story gallery</span>
        </a>
        <a className="demo-header-link" href={`/demo/docs${themeQuery(theme)}`}>
          Integration contract
        </a>
        <nav className="demo-themes" aria-label="Theme">
          {THEMES.map(({ value, label }) => (
            <a
              key={value}
              className="demo-theme-link"
              href={value === 'system' ? path : `${path}?theme=${value}`}
              aria-current={theme === value ? 'true' : undefined}
            >
              {label}
            </a>
          ))}
        </nav>
      </header>
      <div className="demo-body">
        <nav className="demo-nav" aria-label="Stories" ref={nav}>
          <ol className="demo-nav-list">
            {STORIES.map((entry) => (
              <li key={entry.id}>
                <a
                  className="demo-nav-link"
                  href={storyHref(entry.id, theme)}
                  aria-current={story?.id === entry.id ? 'page' : undefined}
                >
                  {entry.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="demo-content">
          {story ? (
            <section className="demo-info" aria-label={`Story: ${story.title}`}>
              <p className="demo-rule">
                {story.rule} · <DocLink story={story} theme={theme} />
              </p>
              <h1 id="story-title" className="demo-title">
                {story.title}
              </h1>
              <p className="demo-description">{story.description}</p>
            </section>
          ) : null}
          {children}
        </div>
      </div>
    </div>
  );
}

export function StoryIndex({ theme }: { theme: Theme }) {
  return (
    <main className="demo-index">
      <h1 className="demo-title">Every state of the form</h1>
      <p className="demo-description">
        Each story renders the real form against an in-memory agent desktop, in one state, at its own URL. States that
        need interaction get there through the form itself: real input events, real submits, real answers.
      </p>
      <ul className="demo-cards">
        {STORIES.map((story) => (
          <li key={story.id} className="demo-card">
            <h2 className="demo-card-title">
              <a href={storyHref(story.id, theme)}>{story.title}</a>
            </h2>
            <p className="demo-card-rule">{story.rule}</p>
            <DocLink story={story} theme={theme} />
          </li>
        ))}
      </ul>
    </main>
  );
}

export function StoryNotFound({ id }: { id: string }) {
  return (
    <main className="demo-index">
      <h1 className="demo-title">No story called “{id}”</h1>
      <p className="demo-description">Pick one from the list.</p>
    </main>
  );
}
