/**
 * The script a host page adds once to fit every Descent frame to its widget: it listens for the
 * height an embed page posts (reportHeight.ts) and sets the frame that sent it. Shown on the
 * teachers' page; tests/e2e/teachers.spec.ts runs this very text in a host page.
 */
export const HOST_SNIPPET = `<script>
  addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'descent:height') return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === e.source) frame.style.height = e.data.height + 'px';
  });
</script>`;
