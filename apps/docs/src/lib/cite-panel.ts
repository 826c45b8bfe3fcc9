import type { CiteData } from './cite-data';

/** The anchor a URL fragment names; a malformed escape (`#%`) is taken as it is, not thrown. */
function anchorOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** Wires the Cite panel: choices, pinpoint from a paragraph's anchor or button, copy. */
export function startCitePanel(): void {
  const panel = document.querySelector<HTMLElement>('.cite-panel');
  const json = document.getElementById('cite-data');
  if (!panel || !json?.textContent) return;
  const data = JSON.parse(json.textContent) as CiteData;
  const select = (name: string) =>
    panel.querySelector(`select[name="${name}"]`) as HTMLSelectElement;
  const [style, mode, pinpoint] = [select('style'), select('mode'), select('pinpoint')];
  const output = panel.querySelector('output') as HTMLOutputElement;
  const status = panel.querySelector('.copied') as HTMLElement;

  const render = () => {
    output.textContent = data.text[`${style.value}|${mode.value}|${pinpoint.value}`] ?? '';
    status.textContent = '';
  };
  style.addEventListener('change', () => {
    const modes = data.styles.find((s) => s.name === style.value)?.modes ?? [];
    const keep = modes.includes(mode.value) ? mode.value : modes[0];
    mode.replaceChildren(...modes.map((m) => new Option(m, m, m === keep, m === keep)));
    render();
  });
  mode.addEventListener('change', render);
  pinpoint.addEventListener('change', render);

  const pinTo = (anchor: string) => {
    if (!data.pinpoints.some((p) => p.anchor === anchor)) return false;
    pinpoint.value = anchor;
    render();
    return true;
  };
  pinTo(anchorOf(location.hash));
  window.addEventListener('hashchange', () => pinTo(anchorOf(location.hash)));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.cite-this'))
    button.addEventListener('click', () => {
      if (pinTo(button.dataset.pinpoint ?? '')) {
        history.replaceState(null, '', `#${button.dataset.pinpoint}`);
        panel.scrollIntoView({ block: 'nearest' });
        style.focus();
      }
    });

  panel.querySelector('button.copy')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.textContent ?? '');
      status.textContent = 'Copied.';
    } catch {
      // No clipboard (insecure context, permission refused): select the text for a manual copy.
      getSelection()?.selectAllChildren(output);
      status.textContent = 'Press Ctrl+C (⌘C) to copy the selected citation.';
    }
  });
}
