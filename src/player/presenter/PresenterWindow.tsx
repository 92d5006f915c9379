// The presenter's second window (the laptop, while the projector shows the map): the scene on screen, its speaker
// notes, the next scene, a clock and the time since the talk began. Arrow keys and the buttons step the audience's
// window; its own steps show here at once.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { keyAction } from '../../story/keys';
import { renderMarkdown } from '../../story/markdown';
import type { StepAction } from '../../story/engine';
import type { Story } from '../../story/schema';
import { openChannel, readMessage } from './channel';
import './presenter.css';

const two = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
const elapsed = (ms: number) => `${two(Math.floor(ms / 60000))}:${two(Math.floor(ms / 1000) % 60)}`;

export function PresenterWindow() {
  const lang = useAppStore((s) => s.lang);
  const [at, setAt] = useState<{ story: Story; scene: number } | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [started] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const c = openChannel();
    channel.current = c;
    if (!c) return;
    c.onmessage = (e: MessageEvent) => {
      const m = readMessage(e.data);
      if (m?.kind === 'at') setAt({ story: m.story, scene: m.scene });
    };
    c.postMessage({ kind: 'ask' });
    return () => c.close();
  }, []);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const step = (action: StepAction) => channel.current?.postMessage({ kind: 'step', action });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = keyAction(e);
      if (action && action !== 'notes' && action !== 'present') {
        e.preventDefault();
        step(action);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    document.title = t(lang, 'presenterTitle');
  }, [lang, at]);

  const scene = at?.story.scenes[at.scene];
  const next = at?.story.scenes[at.scene + 1];
  return (
    <main className="presenter" lang={lang}>
      <header className="presenter-head">
        <h1>{at ? at.story.title[lang] : t(lang, 'presenterTitle')}</h1>
        <p className="presenter-clock" aria-label={t(lang, 'presenterClock')}>
          <time>{clock(now)}</time> · <span>{elapsed(now.getTime() - started)}</span>
        </p>
      </header>
      {!at || !scene ? (
        <p role="status">{t(lang, 'presenterWaiting')}</p>
      ) : (
        <>
          <div className="presenter-steps">
            <button type="button" onClick={() => step('previous')} aria-label={t(lang, 'storyPrevious')}>
              ←
            </button>
            <p className="presenter-progress" aria-live="polite">
              {t(lang, 'storyProgressLabel', { scene: at.scene + 1, count: at.story.scenes.length })}
            </p>
            <button type="button" onClick={() => step('next')} aria-label={t(lang, 'storyNext')}>
              →
            </button>
          </div>
          <section className="presenter-now" aria-labelledby="presenter-now">
            <h2 id="presenter-now">{t(lang, 'presenterNow')}</h2>
            <div className="presenter-caption">{renderMarkdown(scene.caption[lang])}</div>
          </section>
          <section className="presenter-notes" aria-labelledby="presenter-notes">
            <h2 id="presenter-notes">{t(lang, 'storyNotes')}</h2>
            {scene.notes[lang].trim() ? renderMarkdown(scene.notes[lang]) : <p>{t(lang, 'presenterNoNotes')}</p>}
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next">
            <h2 id="presenter-next">{t(lang, 'presenterNext')}</h2>
            {next ? renderMarkdown(next.caption[lang]) : <p>{t(lang, 'presenterLast')}</p>}
          </section>
        </>
      )}
    </main>
  );
}
