'use server';

import { redirect } from 'next/navigation';
import { formArgument, queryArgument } from '@/lib/http/action-arguments';
import { isStoreUnavailable } from '@/lib/store';
import { readEntry, removeEntry } from '@/lib/waitlist/entries';
import { join, joinContext } from '@/lib/waitlist/join';
import { readJoin, type JoinState } from '@/lib/waitlist/join-form';

/** Joins the waiting list of the unit and service the page was bound to (checked again: an action is public). */
export async function joinWaitlist(query: string, _previous: JoinState, posted: FormData): Promise<JoinState> {
  const input = readJoin(formArgument(posted));
  const context = await joinContext(Object.fromEntries(new URLSearchParams(queryArgument(query))));
  if (context.kind === 'redirect') redirect(context.href);
  if (context.kind === 'failed') return { values: input, failure: context.failure };
  let id: string;
  try {
    const outcome = await join(context, input);
    if (outcome.kind === 'not-joined') return outcome.state;
    id = outcome.entry.id;
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { values: input, problem: 'store' };
  }
  redirect(`/waiting-list/${id}?joined=1`);
}

/** Leaves the list: the entry and its contact are deleted. */
export async function leaveWaitlist(id: string): Promise<void> {
  const entry = await readEntry(queryArgument(id));
  if (entry) await removeEntry(entry);
  redirect(`/waiting-list/${encodeURIComponent(id)}?left=1`);
}
