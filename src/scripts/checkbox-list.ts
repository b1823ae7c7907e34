/**
 * A long list of checkboxes as one tab stop: Tab enters it at its first ticked (else first shown) box and
 * leaves it at once; the arrow keys, Home and End move inside it. Without this, the 120+ institutes of a
 * list stood between the search field and the first result. A type-ahead field above a list narrows it to
 * the choices whose name holds what is typed (case and accents aside), as the list's search does.
 */
import { foldText } from '../lib/content/slug.ts';

const shownBoxes = (list: HTMLElement) =>
  [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => !box.closest('li')!.hidden);

/** Leaves one box of the list in the tab order: the one given, else the first ticked, else the first shown. */
function keepOneStop(list: HTMLElement, current?: HTMLInputElement) {
  const boxes = shownBoxes(list);
  const stop = current && boxes.includes(current) ? current : (boxes.find((box) => box.checked) ?? boxes[0]);
  for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.tabIndex = box === stop ? 0 : -1;
}

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

export function oneTabStop(list: HTMLElement) {
  keepOneStop(list);
  list.addEventListener('focusin', (event) => keepOneStop(list, event.target as HTMLInputElement));
  list.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    if (!move) return;
    const boxes = shownBoxes(list);
    const at = boxes.indexOf(event.target as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    boxes[move(at, boxes.length - 1)]!.focus();
  });
}

/** The type-ahead field of a list: typing narrows the list; the down arrow enters it. */
export function typeAhead(field: HTMLInputElement, list: HTMLElement, none: HTMLElement) {
  const names = [...list.querySelectorAll('li')].map((item) => ({ item, name: foldText(item.querySelector('.facet-name')!.textContent ?? '') }));
  field.addEventListener('input', () => {
    const typed = foldText(field.value);
    for (const { item, name } of names) item.hidden = !name.includes(typed);
    none.textContent = names.some(({ item }) => !item.hidden) ? '' : `None named “${field.value.trim()}”.`;
    keepOneStop(list);
  });
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    shownBoxes(list)[0]?.focus();
  });
}
