// @vitest-environment happy-dom
// Style attributes a strict policy blocked are applied again through the CSSOM; where they were
// applied, nothing is touched. (happy-dom applies every attribute, so a blocked one is imitated
// by emptying the declaration block while the attribute stays, as Chromium leaves it.)
import { describe, expect, it } from 'vitest';
import { restoreInlineStyles } from '../../src/widgets/kit/layout/inlineStyles';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** As a browser leaves an element whose style attribute the policy refused. */
function block(el: Element): void {
  const text = el.getAttribute('style') ?? '';
  (el as HTMLElement).style.cssText = '';
  el.setAttribute('style', text);
  Object.defineProperty((el as HTMLElement).style, 'length', { value: 0, configurable: true });
}

describe('restoreInlineStyles', () => {
  it('does nothing where style attributes apply', () => {
    const root = page('<span style="height: 2em"></span><span style="color: red"></span>');
    expect(restoreInlineStyles(root)).toBe(0);
  });

  it('applies every blocked attribute through the CSSOM, skipping empty ones', () => {
    const root = page('<span style=""></span><span style="height: 2em; vertical-align: -0.5em"></span><svg><rect style="fill: red"></rect></svg>');
    const [, span] = root.querySelectorAll('span');
    const rect = root.querySelector('rect');
    if (!rect) throw new Error('no rect');
    block(span);
    block(rect);
    const assigned: string[] = [];
    for (const el of [span, rect]) {
      Object.defineProperty((el as HTMLElement).style, 'cssText', { set: (text: string) => assigned.push(text), configurable: true });
    }
    expect(restoreInlineStyles(root)).toBe(2);
    expect(assigned).toEqual(['height: 2em; vertical-align: -0.5em', 'fill: red']);
  });
});
