import type { TextBlock, TextRun } from '../../../shared/domain/article5';

/*
 * The editor edits a contentEditable surface; what is saved is structured text (paragraphs and
 * bullet lists of runs, bold or italic), read back from the surface's DOM. HTML is never stored.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runsHtml(runs: readonly TextRun[]): string {
  return runs
    .map((r) => {
      let html = escape(r.text);
      if (r.italic) html = `<i>${html}</i>`;
      if (r.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

/** The surface's content for some blocks (what was saved). */
export function blocksToHtml(blocks: readonly TextBlock[]): string {
  return blocks
    .map((b) =>
      b.type === 'paragraph'
        ? `<p>${runsHtml(b.runs) || '<br>'}</p>`
        : `<ul>${b.items.map((i) => `<li>${runsHtml(i)}</li>`).join('')}</ul>`,
    )
    .join('');
}

function isBold(el: Element): boolean {
  const tag = el.tagName;
  const weight = (el as HTMLElement).style?.fontWeight;
  return tag === 'B' || tag === 'STRONG' || weight === 'bold' || Number(weight) >= 600;
}
function isItalic(el: Element): boolean {
  return el.tagName === 'I' || el.tagName === 'EM' || (el as HTMLElement).style?.fontStyle === 'italic';
}

/** The runs of an inline subtree, merging neighbours of the same look. */
function runsOf(node: Node, bold = false, italic = false, out: TextRun[] = []): TextRun[] {
  node.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = (child.textContent ?? '').replace(/\u00a0/g, ' ');
      if (text === '') return;
      const last = out.at(-1);
      if (last && last.bold === bold && last.italic === italic) last.text += text;
      else out.push({ text, bold, italic });
    } else if (child instanceof Element) {
      if (child.tagName === 'BR') return;
      runsOf(child, bold || isBold(child), italic || isItalic(child), out);
    }
  });
  return out;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'BLOCKQUOTE']);

/** The structured text of the surface: lists become bullet blocks, everything else paragraphs. */
export function htmlToBlocks(root: HTMLElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let loose: HTMLElement | null = null;
  const flushLoose = () => {
    if (loose) {
      const runs = runsOf(loose);
      if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
    }
    loose = null;
  };
  root.childNodes.forEach((child) => {
    if (child instanceof Element && (child.tagName === 'UL' || child.tagName === 'OL')) {
      flushLoose();
      const items = [...child.querySelectorAll(':scope > li')]
        .map((li) => runsOf(li))
        .filter((r) => r.length > 0);
      if (items.length > 0) blocks.push({ type: 'bullets', items });
    } else if (child instanceof Element && BLOCK_TAGS.has(child.tagName)) {
      flushLoose();
      const nested = child.querySelector('ul, ol');
      if (nested) blocks.push(...htmlToBlocks(child as HTMLElement));
      else {
        const runs = runsOf(child);
        if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
      }
    } else {
      // Text typed straight into the surface, before any paragraph exists.
      loose ??= document.createElement('p');
      loose.appendChild(child.cloneNode(true));
    }
  });
  flushLoose();
  return blocks;
}
