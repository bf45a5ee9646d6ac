import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { INTEGRATION_DOC } from './doc-page';
import { anchorsOf, docBlocks, slugOf } from './doc-text';
import { STORIES } from './stories';

test('headings get the anchors GitHub gives them', () => {
  expect(slugOf('Messages the widget sends')).toBe('messages-the-widget-sends');
  expect(slugOf('Accessibility and layout')).toBe('accessibility-and-layout');
  expect(slugOf('One message per submit')).toBe('one-message-per-submit');
});

test('the text is cut at headings, and code fences stay as written', () => {
  expect(docBlocks('# Title\n\nIntro line\nsecond line\n\n## Part\n\n```json\n{ "a": 1 }\n```\n')).toEqual([
    { kind: 'heading', level: 1, text: 'Title', id: 'title' },
    { kind: 'text', text: 'Intro line\nsecond line' },
    { kind: 'heading', level: 2, text: 'Part', id: 'part' },
    { kind: 'code', text: '{ "a": 1 }' },
  ]);
});

test('every story links to a section of the integration contract that exists', () => {
  const anchors = anchorsOf(INTEGRATION_DOC);
  for (const story of STORIES) expect(anchors, story.id).toContain(story.doc);
});

test('the contract keeps the sections the other work fills in, and the README links to it', () => {
  expect(anchorsOf(INTEGRATION_DOC)).toEqual(expect.arrayContaining(['time-zones-and-calling-hours', 'existing-callbacks']));
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  expect(readme).toContain('](docs/integration.md)');
  expect(readme).not.toMatch(/\.\.\/shared|SPEC §/);
});
