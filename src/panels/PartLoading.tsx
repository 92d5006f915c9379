// The stand-in for a part of the page whose code is still on its way (React.lazy): a short "Loading…" in the place
// the part will take.
import { t } from '../i18n';
import { useAppStore } from '../store';

export function PartLoading({ className = '' }: { className?: string }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <p className={`part-loading ${className}`} role="status">
      {t(lang, 'partLoading')}
    </p>
  );
}
