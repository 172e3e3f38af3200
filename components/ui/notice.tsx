/** An important message that is not a field error (GOV.UK notification banner). */
export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-labelledby="notice-title" className="mb-8 border-4 border-brand bg-surface">
      <p id="notice-title" className="bg-brand px-4 py-1 font-bold text-white">
        {title}
      </p>
      <div className="px-4 py-3 text-lg">{children}</div>
    </div>
  );
}
