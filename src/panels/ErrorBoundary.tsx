// Keeps a fault in one part of the page (the map, a panel, the story player) in that part: it says what broke, in
// the reader's language, offers to try again, and leaves the rest of the atlas working.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useAppStore } from '../store';

interface Props {
  /** The sentence that says which part failed, with a {detail} slot. */
  message: Extract<MessageKey, 'mapFailed' | 'panelFailed' | 'storyFailed'>;
  className?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A short, printable form of an error for the sentence: no control characters, at most 120 characters. */
export function errorDetail(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text || 'unknown error';
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error): void {
    console.warn('part of the atlas failed', error);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Fault {...this.props} error={error} retry={() => this.setState({ error: null })} />;
  }
}

function Fault({ message, className, error, retry }: Props & { error: Error; retry: () => void }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <div className={`fault ${className ?? ''}`} role="alert">
      <p>{t(lang, message, { detail: errorDetail(error) })}</p>
      <button type="button" onClick={retry}>
        {t(lang, 'retry')}
      </button>
    </div>
  );
}
