/**
 * The account's numbering of lists the seed does not state, as first guessed: the defaults of
 * TATODESK_STATUS_IDS and TATODESK_DELIVERY_STATUS_IDS. An account that numbers them otherwise is
 * named by `npm run tatodesk:check` (docs/tatodesk-contract.md, "Assumptions": status-ids,
 * delivery-status-ids); the product reads them through the settings, never from here.
 */
export const statusIDs = {
  scheduled: 1,
  checkedIn: 2,
  inService: 3,
  finished: 4,
  cancelled: 5,
  noShow: 6,
} as const;

/** Delivery states of a loose notification, as the Ad-hoc Notifications Report is guessed to number them. */
export const notificationStatusIDs = { queued: 1, sent: 2, delivered: 3, read: 4, failed: 5 } as const;

/** The same, by the names the product speaks of them in (TATODESK_STATUS_IDS's names). */
export const statusIDsByName = {
  scheduled: statusIDs.scheduled,
  'checked-in': statusIDs.checkedIn,
  'in-service': statusIDs.inService,
  finished: statusIDs.finished,
  cancelled: statusIDs.cancelled,
  'no-show': statusIDs.noShow,
} as const;
