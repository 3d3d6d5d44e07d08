/** A playground action a key stands for. */
export type ShortcutAction = 'toggleTraining' | 'step' | 'reset' | 'help';

/** The shortcuts, as the dialog lists them: the key and what it does. */
export const shortcutList: readonly { key: string; does: string }[] = [
  { key: 'Space', does: 'Train, or pause training' },
  { key: 'S', does: 'Step: train on one batch' },
  { key: 'R', does: 'Reset the model and the run' },
  { key: '?', does: 'Show these shortcuts' },
];

const nonTextInputs = new Set([
  'checkbox',
  'radio',
  'range',
  'button',
  'submit',
  'reset',
  'color',
  'file',
  'image',
]);
// Elements on which Space already means something (press, toggle, open): it keeps that meaning there.
const spaceTargets =
  'button, a[href], input, select, textarea, summary, [role="button"], [role="checkbox"], [role="radio"], ' +
  '[role="switch"], [role="slider"], [role="tab"], [role="option"], [role="menuitem"], [tabindex]';

function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && !nonTextInputs.has(target.type);
}

/** The action a key press asks for, or null when it is no shortcut here: a modifier is held, the key goes
 * into a field or an open dialog, or Space would press the focused control. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey)
    return null;
  if (typesText(event.target)) return null;
  // An open dialog only: after Esc the focus stays on a closed dialog's button until the close event.
  if (event.target instanceof Element && event.target.closest('dialog[open]')) return null;
  // "?" needs Shift on most layouts; the other shortcuts do nothing with Shift held.
  if (event.key === '?') return 'help';
  if (event.shiftKey || (event.repeat && event.key !== 's' && event.key !== 'S')) return null;
  switch (event.key) {
    case ' ':
      return event.target instanceof Element && event.target.closest(spaceTargets) ? null : 'toggleTraining';
    case 's':
    case 'S':
      return 'step';
    case 'r':
    case 'R':
      return 'reset';
    default:
      return null;
  }
}
