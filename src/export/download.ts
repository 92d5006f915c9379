// Hands a file to the browser's download machinery: a Blob URL on a temporary <a download>.

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The local date as YYYY-MM-DD, for file names and the picture's subtitle. */
export function isoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** corridor-atlas-2025-07-16.csv — the date makes repeated exports sort and not overwrite each other. */
export function exportFilename(ext: string, now: Date = new Date()): string {
  return `corridor-atlas-${isoDate(now)}.${ext}`;
}
