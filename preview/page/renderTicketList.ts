// The left column: one button per sample ticket, with what the samples expect (owner · severity)
// so a person can compare the app's answer at a glance.
import type { SampleTicket } from '../host/SampleTicket';

export function renderTicketList(list: HTMLElement, samples: SampleTicket[], open: (id: number) => void): (current: number) => void {
  const buttons = new Map<number, HTMLButtonElement>();
  list.replaceChildren(
    ...samples.map((sample) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.ticketId = String(sample.id);
      const title = document.createElement('span');
      title.textContent = `#${sample.id} ${sample.subject ?? ''}`;
      const meta = document.createElement('span');
      meta.className = 'meta';
      const expected = sample.expected ?? {};
      meta.textContent = [expected.owner, expected.severity === undefined ? undefined : `sev ${String(expected.severity)}`]
        .filter((part) => part !== undefined)
        .map(String)
        .join(' · ');
      button.append(title, meta);
      button.addEventListener('click', () => open(sample.id));
      buttons.set(sample.id, button);
      item.append(button);
      return item;
    }),
  );
  return (current) => {
    for (const [id, button] of buttons) button.setAttribute('aria-current', String(id === current));
  };
}
