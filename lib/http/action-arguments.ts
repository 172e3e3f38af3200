import 'server-only';
import { z } from 'zod';
import { notFoundPage } from '@/lib/http/not-found';

/**
 * The arguments a server action receives come from the browser, bound ones included (the page
 * writes them into the form, and anyone can post others). Our forms post a FormData and, where a
 * page binds one, a journey's query string; anything else is not a form of ours and is answered as
 * a page that does not exist (404), never a 5xx.
 */
const postedForm = z.instanceof(FormData);
const boundQuery = z.string().max(2048);

export function formArgument(value: unknown): FormData {
  const parsed = postedForm.safeParse(value);
  if (!parsed.success) notFoundPage();
  return parsed.data;
}

export function queryArgument(value: unknown): string {
  const parsed = boundQuery.safeParse(value);
  if (!parsed.success) notFoundPage();
  return parsed.data;
}
