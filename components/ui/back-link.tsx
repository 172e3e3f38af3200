/** GOV.UK back link; none where there is nowhere to go back to. */
export function BackLink({ href, children }: { href?: string; children: React.ReactNode }) {
  if (!href) return null;
  return (
    <a href={href} className="mb-6 inline-block text-base before:content-['‹_']">
      {children}
    </a>
  );
}
