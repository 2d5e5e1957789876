/**
 * Starts a download of `text` as a file named `fileName`: a Blob URL on a hidden link, clicked,
 * then revoked once the click has handed the file over. Runs in the browser, on a reader's click.
 */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
