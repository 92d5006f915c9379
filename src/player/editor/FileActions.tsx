// The draft as a file of geo/stories (save, open by picker or by dropping it) and as a link that carries the whole
// story compressed in its fragment. A file that does not pass the story rules is refused, in words, and nothing of
// it is applied.
import { useState, type DragEvent } from 'react';
import type { Dataset } from '../../data/schema';
import { downloadBlob } from '../../export/download';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { storyFileText } from '../../story/file-text';
import { storyLink } from '../../story/link';
import { readStory } from '../../story/open-file';
import { refsFromDataset } from '../../story/refs';
import { CopyEmbed } from '../embed/CopyEmbed';
import type { Story } from '../../story/schema';

interface Props {
  draft: Story;
  data: Dataset | null;
}

export function FileActions({ draft, data }: Props) {
  const lang = useAppStore((s) => s.lang);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string; list?: string[] } | null>(null);

  const save = () => {
    downloadBlob(new Blob([storyFileText(draft)], { type: 'application/json' }), `${draft.id}.json`);
    useAppStore.getState().markDraftSaved();
  };
  const open = async (file: File) => {
    if (!data) return;
    const result = readStory(await file.text(), refsFromDataset(data));
    if (!result.ok) {
      setMessage({ kind: 'error', text: t(lang, 'editorBadFile', { file: file.name }), list: result.problems });
      return;
    }
    useAppStore.getState().openDraft(result.story);
    setMessage({ kind: 'info', text: t(lang, 'editorOpened', { file: file.name }) });
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void open(file);
  };
  const copyLink = async () => {
    const link = await storyLink(JSON.stringify(draft), `${window.location.origin}${window.location.pathname}`);
    if (!link.ok) {
      setMessage({ kind: 'error', text: t(lang, 'editorLinkTooLong', { size: link.size }) });
      return;
    }
    try {
      await navigator.clipboard.writeText(link.url);
    } catch {
      // Without clipboard permission the link is still shown below, to copy by hand.
    }
    setMessage({ kind: 'info', text: t(lang, 'editorLinkCopied', { size: link.url.length }), list: [link.url] });
  };

  return (
    <section className="editor-files" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className="editor-row">
        <button type="button" onClick={save} disabled={!draft.scenes.length}>
          {t(lang, 'editorSave')}
        </button>
        <button type="button" onClick={() => void copyLink()} disabled={!draft.scenes.length}>
          {t(lang, 'editorCopyLink')}
        </button>
        {draft.scenes.length > 0 && <CopyEmbed story={draft} scene={0} />}
      </div>
      <label className="editor-field">
        <span>{t(lang, 'editorOpen')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={!data}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = '';
          }}
        />
      </label>
      <p className="editor-note">{t(lang, 'editorDrop')}</p>
      {message && (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`editor-message editor-${message.kind}`}>
          <p>{message.text}</p>
          {message.list && (
            <ul>
              {message.list.map((m) => (
                <li key={m} className="editor-problem">
                  {m}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
