// Messages to the reader: a dropped URL parameter, a basemap that failed. Errors are alerts; the rest are polite.
import { t } from '../i18n';
import { useAppStore } from '../store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t(lang, 'dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
