import type { Company } from '@/lib/tatodesk';

type Props = { companies: Company[]; labelledBy: string; hrefOf?: (companyId: number) => string };

export function CompanyList({ companies, labelledBy, hrefOf = (id) => `/book/category?company=${id}` }: Props) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-4 sm:grid-cols-2">
      {companies.map((company) => (
        <li key={company.id}>
          <a
            href={hrefOf(company.id)}
            className="block border-2 border-border p-4 text-xl font-bold hover:border-brand"
          >
            {company.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
