// Messages to the reader: a dropped URL parameter, a basemap that failed. Errors are alerts and stay until
// dismissed; information goes away by itself after a while; a notice with a button waits for it.
import { useEffect } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';
import type { Notice } from '../store/ui-slice';

/** How long an information notice stays on screen. */
export const NOTICE_TIMEOUT_MS = 12_000;

function NoticeItem({ notice }: { notice: Notice }) {
  const lang = useAppStore((s) => s.lang);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const lasting = notice.kind === 'error' || notice.action !== undefined;
  useEffect(() => {
    if (lasting) return;
    const timer = window.setTimeout(() => dismiss(notice.id), NOTICE_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [lasting, notice.id, dismiss]);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="notice-action"
          onClick={() => {
            dismiss(notice.id);
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" onClick={() => dismiss(notice.id)} aria-label={t(lang, 'dismiss')}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
