// Pagefind's excerpt of a paragraph starts with its heading ("Paragraph 6. Today, …"), which the
// result already shows as its title: the repeated words are taken off the excerpt.
const strip = (root) => {
  for (const result of root.querySelectorAll('.pagefind-ui__result-nested, .pagefind-ui__result')) {
    const title = result.querySelector('.pagefind-ui__result-link')?.textContent?.trim();
    const first = result.querySelector('.pagefind-ui__result-excerpt')?.firstChild;
    if (!title || first?.nodeType !== Node.TEXT_NODE) continue;
    const text = first.textContent ?? '';
    if (text.startsWith(title))
      first.textContent = text.slice(title.length).replace(/^[.:,]?\s*/, '');
  }
};
const start = () => {
  const dialog = document.querySelector('#starlight__search');
  if (dialog)
    new MutationObserver(() => strip(dialog)).observe(dialog, { childList: true, subtree: true });
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
