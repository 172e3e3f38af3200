import Link from 'next/link';

export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="mb-6 inline-block text-base before:content-['‹_']">
      {children}
    </Link>
  );
}
