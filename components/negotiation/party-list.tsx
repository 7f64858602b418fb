/** The parties of a negotiation as chips; each one's role shows on hover. */
export function PartyList({ parties, className = "" }: { parties: { id: string; name: string; description: string }[]; className?: string }) {
  if (parties.length === 0) return null;
  return (
    <ul aria-label="Parties" className={`flex flex-wrap gap-2 ${className}`}>
      {parties.map((party) => (
        <li key={party.id} title={party.description} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm">
          {party.name}
        </li>
      ))}
    </ul>
  );
}
