/**
 * docs/*.md as /demo shows them: the text as written, cut into blocks at its headings so a
 * story can link to one section. Markdown reads as plain text by design; nothing here is
 * a Markdown renderer, and nothing is turned into markup but headings and code fences.
 */

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { kind: 'code'; text: string }
  | { kind: 'text'; text: string };

/** GitHub's heading anchors, for the headings these docs use: lower case, words joined by hyphens. */
export const slugOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

export function docBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let text: string[] = [];
  let code: string[] | null = null;
  const flushText = () => {
    const joined = text.join('\n').trim();
    if (joined) blocks.push({ kind: 'text', text: joined });
    text = [];
  };
  for (const line of markdown.split('\n')) {
    if (code) {
      if (line.startsWith('```')) {
        blocks.push({ kind: 'code', text: code.join('\n') });
        code = null;
      } else code.push(line);
      continue;
    }
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    if (heading?.[1] && heading[2]) {
      flushText();
      const level = heading[1].length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, text: heading[2], id: slugOf(heading[2]) });
    } else if (line.startsWith('```')) {
      flushText();
      code = [];
    } else if (line.trim() === '') flushText();
    else text.push(line);
  }
  flushText();
  return blocks;
}

/** The anchors a link into the document may point at. */
export const anchorsOf = (markdown: string) =>
  docBlocks(markdown).flatMap((block) => (block.kind === 'heading' ? [block.id] : []));
