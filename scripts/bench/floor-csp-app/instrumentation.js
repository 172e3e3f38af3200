// The floor's own start hook (none): without this file Next would take the project's.
export function register() {}
