// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyAction, type KeyLike } from '../../src/story/keys';

const press = (key: string, extra: Partial<KeyLike> = {}): ReturnType<typeof keyAction> =>
  keyAction({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, target: document.body, ...extra });

function inPage(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('player keys', () => {
  it('steps forward with →, PageDown and Space, back with ←, PageUp and Shift+Space', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => press(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous']);
    expect(press(' ', { shiftKey: true })).toBe('previous');
  });

  it('jumps with Home and End, toggles notes with N and the presenter view with F', () => {
    expect([press('Home'), press('End'), press('n'), press('N'), press('f')]).toEqual([
      'first',
      'last',
      'notes',
      'notes',
      'present',
    ]);
  });

  it('leaves browser shortcuts alone', () => {
    expect(press('ArrowRight', { altKey: true })).toBeNull();
    expect(press('n', { ctrlKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });

  it('does not fire while typing in a field, a select or an editable region', () => {
    for (const [html, sel] of [
      ['<input type="search">', 'input'],
      ['<textarea></textarea>', 'textarea'],
      ['<select><option>a</option></select>', 'select'],
      ['<div contenteditable="true"><b>x</b></div>', 'b'],
      ['<div role="slider" tabindex="0"></div>', 'div'],
    ] as const) {
      const target = inPage(html, sel);
      expect([press('ArrowRight', { target }), press(' ', { target }), press('n', { target })]).toEqual([
        null,
        null,
        null,
      ]);
    }
  });

  it('lets a focused button keep Space for itself but still steps with the arrows', () => {
    const target = inPage('<button>Explore</button>', 'button');
    expect(press(' ', { target })).toBeNull();
    expect(press('ArrowRight', { target })).toBe('next');
  });
});
