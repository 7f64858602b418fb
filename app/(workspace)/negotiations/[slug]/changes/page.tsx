import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeDigestView, digestSummary } from "@/components/changes/change-digest-view";
import { CopyMarkdownButton } from "@/components/changes/copy-markdown-button";
import { RangeErrors, RangeForm } from "@/components/changes/range-form";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { getChangeDigest } from "@/lib/changes/digest";
import { digestToMarkdown, formatUtc } from "@/lib/changes/markdown";
import { DEFAULT_DAYS, parseChangeRange, toMomentParam } from "@/lib/changes/range";
import { recordNegotiationVisit } from "@/lib/changes/visits";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const negotiation = await getNegotiationBySlug((await params).slug);
  return { title: negotiation ? `What changed — ${negotiation.title}` : "Not found" };
}

const HOUR_MS = 60 * 60 * 1000;

export default async function WhatChangedPage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const query = await searchParams;
  const now = new Date();
  const previousVisit = await recordNegotiationVisit(actor.id, negotiation.id, now);
  const parsed = parseChangeRange(query, { now, previousVisit });
  const ago = (hours: number) => paths.changes(slug, { from: toMomentParam(new Date(now.getTime() - hours * HOUR_MS)) });
  const presets = [
    ...(previousVisit ? [{ href: paths.changes(slug, { from: toMomentParam(previousVisit) }), label: "Since your previous visit" }] : []),
    { href: ago(24), label: "Last 24 hours" },
    { href: ago(24 * 7), label: "Last 7 days" },
    { href: ago(24 * 30), label: "Last 30 days" },
  ];
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const header = (
    <PageHeader
      title="What changed"
      crumbs={[
        { href: paths.negotiations(), label: "Negotiations" },
        { href: paths.negotiation(slug), label: negotiation.title },
      ]}
      actions={
        <ButtonLink href={paths.compareStatuses(slug)} variant="secondary">
          Compare two dates
        </ButtonLink>
      }
    />
  );
  if (!parsed.isValid) {
    return (
      <>
        {header}
        <RangeErrors errors={parsed.errors} />
        <RangeForm
          action={paths.changes(slug)}
          submitLabel="Show changes"
          presets={presets}
          fields={[
            { name: "from", label: "From", value: first(query.from) },
            { name: "to", label: "To", value: first(query.to) },
          ]}
        />
      </>
    );
  }
  const { range } = parsed;
  const digest = await getChangeDigest({ negotiationId: negotiation.id }, range);
  const since =
    range.fromReason === "previous-visit"
      ? `Since your previous visit (${formatUtc(range.from)})`
      : range.fromReason === "default-days"
        ? `The last ${DEFAULT_DAYS} days (no earlier visit recorded)`
        : `From ${formatUtc(range.from)}`;
  return (
    <>
      {header}
      <RangeForm
        action={paths.changes(slug)}
        submitLabel="Show changes"
        presets={presets}
        fields={[
          { name: "from", label: "From", value: toMomentParam(range.from) },
          { name: "to", label: "To", value: toMomentParam(range.to) },
        ]}
      />
      <div className="mb-4 grid gap-3">
        <p>
          <span className="font-medium">{since}</span> to {formatUtc(digest.to)}: {digestSummary(digest.counts)}.
        </p>
        <p className="text-sm text-slate-600">
          Each side reads the timeline as it was recorded at that moment, exactly like a frozen share link: later edits show their earlier wording and later
          deletions are still there. Issues with the most significant changes come first.
        </p>
        <CopyMarkdownButton markdown={digestToMarkdown(digest, negotiation.title)} />
      </div>
      <ChangeDigestView
        digest={digest}
        links={{ issue: (issueSlug) => paths.issue(slug, issueSlug), history: (issueSlug, updateId) => paths.update(slug, issueSlug, updateId, "history") }}
      />
    </>
  );
}
