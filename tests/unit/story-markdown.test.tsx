// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseInline, renderMarkdown } from '../../src/story/markdown';

const html = (md: string) => render(<div>{renderMarkdown(md)}</div>).container.firstElementChild!.innerHTML;

describe('caption Markdown', () => {
  it('renders paragraphs, bold, italic and bold inside italic', () => {
    expect(html('One **two** *three*\nsame paragraph\n\nNext *a **b** c*')).toBe(
      '<p>One <strong>two</strong> <em>three</em> same paragraph</p><p>Next <em>a <strong>b</strong> c</em></p>',
    );
  });

  it('renders bullet and numbered lists, continuation lines included', () => {
    expect(html('- Kashgar\n- Irkeshtam\n  pass\n\n1. Osh\n2. Tashkent')).toBe(
      '<ul><li>Kashgar</li><li>Irkeshtam pass</li></ul><ol><li>Osh</li><li>Tashkent</li></ol>',
    );
  });

  it('makes https links that open safely', () => {
    expect(html('[Xinhua](https://www.news.cn/a?b=1&c=2)')).toBe(
      '<p><a href="https://www.news.cn/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">Xinhua</a></p>',
    );
  });

  it('keeps the words of links that are not https, without the link', () => {
    expect(html('[click](javascript:alert(1)) [old](http://example.com) [rel](/x)')).toBe('<p>click old rel</p>');
  });

  it('shows text that looks like HTML as text', () => {
    const container = render(<div>{renderMarkdown('<img src=x onerror=alert(1)> <b>bold</b>')}</div>).container;
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('leaves unclosed markers and escaped stars as written', () => {
    expect(parseInline('2 * 3 = 6, **open and \\*literal\\*')).toEqual([
      { kind: 'text', text: '2 * 3 = 6, **open and *literal*' },
    ]);
  });
});

describe('caption Markdown on long and hostile texts', () => {
  it('keeps the marks of every list item, the fifth and later included', () => {
    const items = ['one', 'two', 'three', 'four', 'five', 'six'].map((w) => `- **${w}**`).join('\n');
    expect(html(items)).toBe(
      `<ul>${['one', 'two', 'three', 'four', 'five', 'six'].map((w) => `<li><strong>${w}</strong></li>`).join('')}</ul>`,
    );
  });

  it('stops making spans past what a text of the longest allowed length can hold, and keeps every character', () => {
    const source = '**a'.repeat(100_000);
    const nodes = parseInline(source);
    const spans = nodes.filter((n) => n.kind === 'strong');
    expect(spans.length).toBeGreaterThan(1000);
    expect(spans.length).toBeLessThan(2000);
    const written = (list: typeof nodes): string =>
      list.map((n) => (n.kind === 'text' ? n.text : `**${written(n.kind === 'link' ? [] : n.children)}**`)).join('');
    expect(written(nodes)).toBe(source);
    expect(nodes.at(-1)).toMatchObject({ kind: 'text' });
    expect((nodes.at(-1) as { text: string }).text.length).toBeGreaterThan(250_000);
  });

  it('reads escapes, nested spans and links the same inside spans as outside', () => {
    expect(parseInline('*x \\*y\\* **[b](https://a.org/(c))** z*')).toEqual([
      {
        kind: 'em',
        children: [
          { kind: 'text', text: 'x *y* ' },
          {
            kind: 'strong',
            children: [{ kind: 'link', href: 'https://a.org/(c)', children: [{ kind: 'text', text: 'b' }] }],
          },
          { kind: 'text', text: ' z' },
        ],
      },
    ]);
  });
});
