/**
 * What a person did to a server-rendered form before its script ran (a slow phone: a choice
 * ticked, a name typed), read from the page on the first render in the browser and laid over the
 * form's defaults. The form library, taking the fields over, writes its defaults back into them (a
 * radio loses the choice made); given these instead, it keeps what the person did. Only fields the
 * defaults hold are read (`answers.motherName` into `answers.motherName`); elsewhere, the defaults.
 */
export function typedBeforeHydration<T extends object>(formId: string, defaults: T): T {
  if (typeof document === 'undefined') return defaults;
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return defaults;
  const typed = structuredClone(defaults);
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const path = name.split('.');
    const last = path.pop()!;
    let node: unknown = typed;
    for (const key of path)
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node && typeof node === 'object' && typeof (node as Record<string, unknown>)[last] === 'string') {
      (node as Record<string, unknown>)[last] = value;
    }
  }
  return typed;
}
