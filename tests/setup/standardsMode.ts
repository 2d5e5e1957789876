/**
 * KaTeX warns "KaTeX doesn't work in quirks mode" when `document.compatMode` is not
 * "CSS1Compat", and happy-dom's document has no compatMode at all (and no doctype), so every
 * test that imports KaTeX printed the warning. Real pages are served with <!doctype html>, which
 * is standards mode; give the test document the same.
 */
if (typeof document !== 'undefined') {
  if (document.doctype === null) document.insertBefore(document.implementation.createDocumentType('html', '', ''), document.firstChild);
  if (document.compatMode === undefined) Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
}
