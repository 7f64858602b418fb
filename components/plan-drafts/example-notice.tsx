/** Said on every page that shows an example draft, so nobody mistakes it for a real plan text. */
export function ExampleNotice({ title }: { title: string }) {
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <strong>Example:</strong> “{title}” is an invented illustration of how plan drafts work in Parley, not the text of any real plan.
    </p>
  );
}

export function ExampleTag() {
  return <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">Example</span>;
}
