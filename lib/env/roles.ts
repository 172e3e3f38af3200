/**
 * What a staff member may do. A clerk works the counter (find, the day, walk-ins, booking for a
 * caller, requests); a manager does all that and also reads the week at each unit (/staff/week).
 */
export const staffRoles = ['clerk', 'manager'] as const;
export type StaffRole = (typeof staffRoles)[number];
export const isStaffRole = (role: string): role is StaffRole => (staffRoles as readonly string[]).includes(role);

/** One configured account: its password's hash and its role. */
export type StaffAccount = { hash: string; role: StaffRole };

/** Whether a member in this role may do what `needed` asks (a manager may do what a clerk does). */
export const mayAct = (role: StaffRole, needed: StaffRole) => needed === 'clerk' || role === 'manager';

/** The demonstration's accounts (password `demo-recepcao-2026`): only ever on the simulator. */
export const DEMO_STAFF = {
  user: 'recepcao',
  /** The demonstration manager, with the same password. */
  manager: 'gerencia',
  hash: 'scrypt$32768$8$1$AXf1AYe3QT8GvHqPURKFkg$Ro_w1kkS41kio5-GtUmgEa0qqRqziQZb3G3XV1JXiWk',
};

export const demoAccounts = () =>
  new Map<string, StaffAccount>([
    [DEMO_STAFF.user, { hash: DEMO_STAFF.hash, role: 'clerk' }],
    [DEMO_STAFF.manager, { hash: DEMO_STAFF.hash, role: 'manager' }],
  ]);

/** Where a member meets a page their role does not reach (a 403 when the proxy sends them there). */
export const NOT_FOR_ROLE = '/staff/not-for-role';

/** The staff pages a role must reach, by path (the rest are every member's). */
export const pageRoles = new Map<string, StaffRole>([['/staff/week', 'manager']]);
