import Link from 'next/link';
import type { Company } from '@/lib/tatodesk';

export function CompanyList({ companies, labelledBy }: { companies: Company[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 sm:grid-cols-2">
      {companies.map((company) => (
        <li key={company.id}>
          <Link
            href={`/book/category?company=${company.id}`}
            className="block border-2 border-border p-4 text-xl font-bold hover:border-brand"
          >
            {company.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
