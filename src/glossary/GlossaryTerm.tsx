// A glossary term inside a text: a button that explains itself in a tooltip on hover, keyboard focus and tap.
// Escape, leaving or blurring closes it; a tap only opens (a touch screen fakes a hover and focus first). The
// tooltip is the button's description, so screen readers read the explanation too.
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { keepInView } from './keep-in-view';
import { findTerms } from './match';
import { termById } from './terms';
import './glossary.css';

export function GlossaryTerm({ id, lang, children }: { id: string; lang: Lang; children: ReactNode }) {
  const term = termById.get(id);
  const tip = useId();
  const [open, setOpen] = useState(false);
  const tipRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (open && tipRef.current) keepInView(tipRef.current);
  }, [open]);
  if (!term) return <>{children}</>;
  const s = term.source;
  return (
    <span className="glossary-term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="glossary-word"
        aria-describedby={tip}
        aria-expanded={open}
        data-term={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={tip} ref={tipRef} className="glossary-tip" hidden={!open}>
        <span className="glossary-tip-name">{term.forms[lang][0]}</span> {term.text[lang]}{' '}
        <span className="glossary-tip-source">
          {t(lang, 'glossarySource', { source: `${s.publisher}, “${s.title}” (${s.date})` })}
        </span>
      </span>
    </span>
  );
}

/** The text with its glossary terms marked; plain text when none occur. */
export function GlossaryText({ text, lang }: { text: string; lang: Lang }) {
  const spans = findTerms(text, lang);
  if (!spans.length) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(
      <GlossaryTerm key={s.start} id={s.term} lang={lang}>
        {text.slice(s.start, s.end)}
      </GlossaryTerm>,
    );
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
