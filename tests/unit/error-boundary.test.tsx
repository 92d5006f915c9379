// @vitest-environment jsdom
// A part of the page that throws is replaced by words in the reader's language and a way to try again; the rest
// of the page stays.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/panels/ErrorBoundary';
import { useAppStore } from '../../src/store';

let broken = true;
function Fragile() {
  if (broken) throw new Error('corridorsOf: Maximum call stack size exceeded\u0000');
  return <p>Panel content</p>;
}

afterEach(() => {
  cleanup();
  broken = true;
  useAppStore.setState({ lang: 'en' });
});

describe('error boundaries', () => {
  it('shows what broke in words, keeps its neighbours, and tries again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <ErrorBoundary message="panelFailed">
          <Fragile />
        </ErrorBoundary>
        <p>Map still here</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'This panel stopped working (corridorsOf: Maximum call stack size exceeded). The map and the other panels still work.',
    );
    expect(screen.getByText('Map still here')).toBeTruthy();
    broken = false;
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    expect(screen.getByText('Panel content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks the reader’s language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    useAppStore.setState({ lang: 'ru' });
    render(
      <ErrorBoundary message="storyFailed">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Проигрыватель истории перестал работать');
    expect(screen.getByRole('button', { name: 'Повторить' })).toBeTruthy();
  });
});
