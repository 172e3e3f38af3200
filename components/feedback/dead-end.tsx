import { pageTitle } from '@/lib/i18n/page-title';

/**
 * A page that only says why there is nothing here and where to go instead: its title, one
 * paragraph, one link (a button where it starts something again).
 */
export async function DeadEnd({
  title,
  body,
  href,
  link,
  button = false,
}: {
  title: string;
  body: string;
  href: string;
  link: string;
  button?: boolean;
}) {
  return (
    <>
      <title>{await pageTitle(title)}</title>
      <h1 className="heading-l">{title}</h1>
      <p className="body-l mb-6">{body}</p>
      <a href={href} className={button ? 'button' : undefined}>
        {link}
      </a>
    </>
  );
}
