/**
 * The answer a walk-in carries: the key of the form that registered it, by which a create whose
 * answer was lost is found in the unit's day (lib/staff/register-walk-in.ts). Never shown.
 */
export const WALK_IN_KEY = 'walkInKey';
