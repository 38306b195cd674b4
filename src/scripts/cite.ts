// "Cite this" and "Embed": one tap copies a citation's text or an embed code. The buttons stay hidden without
// JavaScript (the text is there to select); with it they show, and a copy says so on the button for two seconds.
import './embed-code.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  const label = button.textContent;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target) return;
    // A code field is copied as it stands; a citation one line per part (the site's, then the primary source).
    const lines = [...target.querySelectorAll('[data-line]')].map((line) =>
      line.textContent?.replace(/\s+/g, ' ').trim(),
    );
    const text = target instanceof HTMLTextAreaElement ? target.value : lines.filter(Boolean).join('\n');
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an insecure origin, an old browser): select the text for the reader to copy.
      if (target instanceof HTMLTextAreaElement) return target.select();
      const range = document.createRange();
      range.selectNodeContents(target);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    button.textContent = button.dataset.copied ?? label;
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  });
}
