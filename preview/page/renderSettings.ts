// Installation settings an admin would change in Zendesk (save check mode) and the agent's locale;
// changing either reloads the app, as Zendesk does after an admin saves settings.
import type { PreviewSession } from './PreviewSession';

export function renderSettings(root: HTMLElement, session: PreviewSession): void {
  const mode = document.createElement('select');
  mode.id = 'setting-saveCheckMode';
  for (const value of ['off', 'warn', 'block']) mode.append(new Option(value, value));
  mode.value = String(session.settings.saveCheckMode ?? 'warn');
  mode.addEventListener('change', () => {
    session.settingsOverride = { ...session.settingsOverride, saveCheckMode: mode.value };
    session.reopen();
  });

  const locale = document.createElement('select');
  locale.id = 'setting-locale';
  for (const value of ['en', 'de']) locale.append(new Option(value, value));
  locale.value = session.locale;
  locale.addEventListener('change', () => {
    session.locale = locale.value;
    session.reopen();
  });

  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload app';
  reload.addEventListener('click', () => session.reopen());

  root.replaceChildren(labelled('Save check (saveCheckMode)', mode), labelled('Agent locale (currentUser.locale)', locale), reload);
}

function labelled(text: string, field: HTMLSelectElement): HTMLElement {
  const wrapper = document.createElement('div');
  const label = document.createElement('label');
  label.textContent = text;
  label.htmlFor = field.id;
  wrapper.append(label, field);
  return wrapper;
}
