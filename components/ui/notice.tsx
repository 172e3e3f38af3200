import { useId } from 'react';

/** An important message that is not a field error (GOV.UK notification banner). */
export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div role="status" aria-labelledby={id} className="mb-8 border-4 border-brand bg-surface">
      <p id={id} className="bg-brand px-4 py-1 font-bold text-white">
        {title}
      </p>
      <div className="px-4 py-3 text-lg">{children}</div>
    </div>
  );
}
