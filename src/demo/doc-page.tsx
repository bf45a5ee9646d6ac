import { useEffect } from 'react';
import integration from '../../docs/integration.md?raw';
import { docBlocks } from './doc-text';

/** The integration contract (docs/integration.md), as written, on /demo/docs. */
export const INTEGRATION_DOC = integration;

export function DocPage() {
  useEffect(() => {
    // Rendered after the browser looked for the fragment: look again.
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return (
    <main className="demo-doc">
      <p className="demo-doc-source">
        <code>docs/integration.md</code>, shown as written
      </p>
      {docBlocks(integration).map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${block.level}` as const;
            return (
              <Heading key={index} id={block.id} className="demo-doc-heading">
                {block.text}
              </Heading>
            );
          }
          case 'code':
            return (
              <pre key={index} className="demo-doc-code">
                <code>{block.text}</code>
              </pre>
            );
          case 'text':
            return (
              <p key={index} className="demo-doc-text">
                {block.text}
              </p>
            );
        }
      })}
    </main>
  );
}
