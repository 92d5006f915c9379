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
