import { LANG_LABELS, LANGS, t, type Lang } from '../i18n';
import { useAppStore } from '../store';

export function Header({ children }: { children?: React.ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  const pending = useAppStore((s) => s.langPending);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <header className="header">
      <div className="brand">
        <h1>{t(lang, 'appTitle')}</h1>
        <p className="tagline">{t(lang, 'appTagline')}</p>
      </div>
      <div className="header-tools">{children}</div>
      <label className="lang-switch">
        <span className="visually-hidden">{t(lang, 'language')}</span>
        {/* The choice shows at once; the page changes language when its strings have arrived (aria-busy meanwhile). */}
        <select
          value={pending ?? lang}
          onChange={(e) => setLang(e.target.value as Lang)}
          aria-label={t(lang, 'language')}
          aria-busy={pending !== null}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
