// The demo scenario a new user sees first: the Ukraine–US talks of 30 November 2025 at Hallandale
// Beach, as reported by the Wall Street Journal and republished by RT and then by PressBee.
// Facts and quotes come from that report; source URLs and the WSJ/AFP/Politico titles are
// descriptive placeholders for the reports it cites.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IssueStatus, OutletAffiliation, SourceKind, Stance } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/slug";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

interface SeedSource {
  key: string;
  url: string;
  title: string;
  outlet: string;
  kind?: SourceKind;
  author?: string;
  publishedAt: string;
  language?: string;
  via?: string;
}

const OUTLETS: { name: string; affiliation: OutletAffiliation; owner: string }[] = [
  { name: "The Wall Street Journal", affiliation: "INDEPENDENT", owner: "Dow Jones (News Corp)" },
  { name: "RT (Russia Today)", affiliation: "STATE_CONTROLLED", owner: "Russian state (TV-Novosti)" },
  { name: "PressBee", affiliation: "AGGREGATOR", owner: "" },
  { name: "AFP", affiliation: "INDEPENDENT", owner: "Agence France-Presse" },
  { name: "Politico", affiliation: "INDEPENDENT", owner: "Axel Springer" },
  { name: "Telegram — Volodymyr Zelensky", affiliation: "GOVERNMENT", owner: "Office of the President of Ukraine" },
  { name: "Rustem Umerov (public statement)", affiliation: "GOVERNMENT", owner: "National Security and Defense Council of Ukraine" },
  { name: "U.S. Department of State", affiliation: "GOVERNMENT", owner: "United States government" },
];

const SOURCES: SeedSource[] = [
  {
    key: "wsj",
    url: "https://www.wsj.com/world/ukraine-us-talks-hallandale-beach-security-guarantees",
    title: "WSJ report on the Hallandale Beach talks (citing officials)",
    outlet: "The Wall Street Journal",
    publishedAt: "2025-11-30",
    language: "en",
  },
  {
    key: "rt",
    url: "https://www.rt.com/news/key-issue-ukraine-us-peace-talks-unresolved-wsj",
    title: "Key issue in Ukraine-US peace talks remains unresolved – WSJ",
    outlet: "RT (Russia Today)",
    publishedAt: "2025-11-30",
    language: "en",
    via: "wsj",
  },
  {
    key: "pressbee",
    url: "https://www.pressbee.net/en/key-issue-in-ukraine-us-peace-talks-remains-unresolved-wsj",
    title: "Key issue in Ukraine-US peace talks remains unresolved – WSJ",
    outlet: "PressBee",
    publishedAt: "2025-11-30",
    language: "en",
    via: "rt",
  },
  {
    key: "afp",
    url: "https://www.afp.com/en/news/ukraine-us-talks-florida-not-easy-source",
    title: "AFP: source close to the Ukrainian delegation on the Florida talks",
    outlet: "AFP",
    publishedAt: "2025-11-30",
    language: "en",
  },
  {
    key: "politico",
    url: "https://www.politico.eu/article/rubio-europe-peace-agreement-before-security-guarantees-ukraine",
    title: "Politico: Rubio tells European backers a peace deal comes before guarantees",
    outlet: "Politico",
    publishedAt: "2025-11-30",
    language: "en",
  },
  {
    key: "zelensky",
    url: "https://t.me/V_Zelenskiy_official/post-2025-11-30",
    title: "Zelensky on the talks in Florida: “some constructive progress”",
    outlet: "Telegram — Volodymyr Zelensky",
    kind: "SOCIAL_POST",
    author: "Volodymyr Zelensky",
    publishedAt: "2025-11-30",
    language: "uk",
  },
  {
    key: "umerov",
    url: "https://www.rnbo.gov.ua/en/statements/umerov-talks-florida-2025-11-30",
    title: "Umerov thanks Washington after the Florida round",
    outlet: "Rustem Umerov (public statement)",
    kind: "STATEMENT",
    author: "Rustem Umerov",
    publishedAt: "2025-11-30",
    language: "en",
  },
  {
    key: "rubio",
    url: "https://www.state.gov/remarks/rubio-hallandale-beach-talks-2025-11-30",
    title: "Rubio: session productive, “there’s still work to be done”",
    outlet: "U.S. Department of State",
    kind: "STATEMENT",
    author: "Marco Rubio",
    publishedAt: "2025-11-30",
    language: "en",
  },
  {
    key: "putin",
    url: "https://www.rt.com/russia/legally-impossible-sign-peace-treaty-ukraine-putin",
    title: "‘Legally impossible’ to sign peace treaty with Ukraine now – Putin",
    outlet: "RT (Russia Today)",
    publishedAt: "2025-11-27",
    language: "en",
  },
];

interface SeedUpdate {
  occurredAt: string;
  summary: string;
  toStatus?: IssueStatus;
  sources: { key: string; quote?: string }[];
}

interface SeedIssue {
  title: string;
  slug: string;
  category: string;
  summary: string;
  updates: SeedUpdate[];
}

const ISSUES: SeedIssue[] = [
  {
    title: "US peace roadmap (overall framework)",
    slug: "peace-roadmap",
    category: "Framework",
    summary: "The US President's roadmap for ending the war, discussed clause by clause by the Ukrainian and US delegations.",
    updates: [
      {
        occurredAt: "2025-11-30",
        summary:
          "Ukraine–US round at the **Shell Bay Club**, Hallandale Beach, Florida, lasting more than four hours. The Ukrainian delegation was led by **Rustem Umerov**, in place of Andriy Yermak, who resigned as chief of staff amid a corruption scandal; the US side by envoy **Steve Witkoff** and informal adviser **Jared Kushner**.\n\nRubio called the session productive but *delicate* and *complicated*; a source close to the Ukrainian side told AFP the talks were not easy.",
        toStatus: "UNDER_DISCUSSION",
        sources: [
          { key: "rubio", quote: "There’s still work to be done." },
          { key: "afp", quote: "The search for formulations and solutions continues." },
          { key: "zelensky", quote: "Some constructive progress." },
          { key: "umerov", quote: "US is supporting us. US is working beside us." },
          { key: "rt" },
        ],
      },
    ],
  },
  {
    title: "Security guarantees",
    slug: "security-guarantees",
    category: "Security guarantees",
    summary: "The nature and scope of US and Western security guarantees for Ukraine after a settlement.",
    updates: [
      {
        occurredAt: "2025-11-30",
        summary:
          "Security guarantees remained **unresolved** after the Florida round: the negotiators did not close the gaps, according to officials cited by the WSJ.",
        toStatus: "GAPS_REMAIN",
        sources: [
          { key: "wsj" },
          { key: "rt", quote: "The nature and scope of any US and Western security guarantees for Ukraine also remain open." },
          { key: "pressbee" },
        ],
      },
      {
        occurredAt: "2025-11-30",
        summary: "Rubio signalled to Kyiv's European backers that Washington will press for a **peace agreement before granting any security guarantees**.",
        sources: [{ key: "politico" }, { key: "rt" }],
      },
    ],
  },
  {
    title: "Elections in Ukraine",
    slug: "elections",
    category: "Elections",
    summary: "Whether and when Ukraine holds new elections, and Moscow's claim that Zelensky cannot sign a deal.",
    updates: [
      {
        occurredAt: "2025-11-27",
        summary:
          "Putin said signing a deal with Kyiv is “legally impossible” while Zelensky stays in office: his term expired last year and no elections are held under martial law.",
        sources: [{ key: "putin", quote: "Legally impossible" }],
      },
      {
        occurredAt: "2025-11-30",
        summary: "Possible **timelines for new elections** in Ukraine were discussed in Florida.",
        toStatus: "UNDER_DISCUSSION",
        sources: [{ key: "wsj" }, { key: "rt" }],
      },
    ],
  },
  {
    title: "Territory and land swaps",
    slug: "territory",
    category: "Territory",
    summary: "Russia's demands for a Ukrainian withdrawal from the Donbass and recognition of its new borders; possible land swaps.",
    updates: [
      {
        occurredAt: "2025-11-30",
        summary:
          "Potential **land swaps** between Russia and Ukraine were discussed. Kyiv continues to reject Russia's core demands: withdrawal of its troops from the Donbass and recognition of Russia's new borders.",
        toStatus: "GAPS_REMAIN",
        sources: [{ key: "rt", quote: "Kiev has continued to reject Russia’s core demands" }, { key: "wsj" }],
      },
    ],
  },
  {
    title: "NATO membership and neutrality",
    slug: "nato-status",
    category: "NATO status",
    summary: "Russia demands that Ukraine drop its NATO ambitions and become a neutral state.",
    updates: [
      {
        occurredAt: "2025-11-30",
        summary: "Russia restated its demand that Ukraine **drop its NATO membership ambitions** and become neutral.",
        toStatus: "GAPS_REMAIN",
        sources: [{ key: "rt" }],
      },
    ],
  },
  {
    title: "Nuclear weapons and Western troops",
    slug: "nuclear-weapons-foreign-troops",
    category: "Nuclear weapons / foreign troops",
    summary: "Whether nuclear weapons or Western troops may be stationed on Ukrainian soil.",
    updates: [
      {
        occurredAt: "2025-11-30",
        summary: "Moscow stressed it will **not allow nuclear weapons or Western troops** on Ukrainian soil, warning that this could lead to war with NATO.",
        toStatus: "DEADLOCKED",
        sources: [{ key: "rt" }],
      },
    ],
  },
];

interface SeedPosition {
  issue: string;
  party: string;
  stance: Stance;
  statement: string;
  statedAt: string;
  sources: { key: string; quote?: string }[];
}

// Only what the report says each party wants; where it says nothing (e.g. the European backers'
// own stance), no position is seeded and the matrix shows "No stated position".
const POSITIONS: SeedPosition[] = [
  {
    issue: "territory",
    party: "Russia",
    stance: "INSISTS",
    statement: "Demands that Ukraine withdraw its troops from the Donbass and recognise Russia’s new borders.",
    statedAt: "2025-11-30",
    sources: [
      {
        key: "rt",
        quote: "Kiev has continued to reject Russia’s core demands, including the withdrawal of troops from the Donbass and recognition of its new borders.",
      },
    ],
  },
  {
    issue: "territory",
    party: "Ukraine",
    stance: "OPPOSES",
    statement: "Rejects Russia’s demands to withdraw from the Donbass and to recognise its new borders.",
    statedAt: "2025-11-30",
    sources: [{ key: "rt", quote: "Kiev has continued to reject Russia’s core demands" }, { key: "wsj" }],
  },
  {
    issue: "nato-status",
    party: "Russia",
    stance: "INSISTS",
    statement: "Demands that Ukraine drop its NATO membership ambitions and become a neutral state.",
    statedAt: "2025-11-30",
    sources: [{ key: "rt", quote: "Russia has demanded that Ukraine drop its NATO membership ambitions and become a neutral state." }],
  },
  {
    issue: "nuclear-weapons-foreign-troops",
    party: "Russia",
    stance: "RED_LINE",
    statement: "Will not allow nuclear weapons or Western troops on Ukrainian soil; warns this could lead to war with NATO.",
    statedAt: "2025-11-30",
    sources: [{ key: "rt", quote: "Moscow has also stressed that it will not allow nuclear weapons or Western troops on Ukrainian soil" }],
  },
  {
    issue: "security-guarantees",
    party: "United States",
    stance: "CONDITIONAL",
    statement: "Will press for a peace agreement before granting any security guarantees to Ukraine.",
    statedAt: "2025-11-30",
    sources: [{ key: "politico" }, { key: "rt", quote: "Washington will press for a peace agreement before granting any security guarantees to Ukraine" }],
  },
  {
    issue: "elections",
    party: "Russia",
    stance: "CONDITIONAL",
    statement: "Says signing a deal with Kyiv is “legally impossible” while Zelensky, whose term expired, stays in office.",
    statedAt: "2025-11-27",
    sources: [{ key: "putin", quote: "Legally impossible" }],
  },
  {
    issue: "peace-roadmap",
    party: "United States",
    stance: "SUPPORTS",
    statement: "Presents President Trump’s roadmap; Rubio calls the session productive but says there is still work to be done.",
    statedAt: "2025-11-30",
    sources: [{ key: "rubio", quote: "There’s still work to be done." }],
  },
  {
    issue: "peace-roadmap",
    party: "Ukraine",
    stance: "CONDITIONAL",
    statement: "Works through the roadmap with Washington: “some constructive progress”, while the search for formulations continues.",
    statedAt: "2025-11-30",
    sources: [
      { key: "zelensky", quote: "Some constructive progress." },
      { key: "afp", quote: "The search for formulations and solutions continues." },
      { key: "umerov", quote: "US is supporting us. US is working beside us." },
    ],
  },
];

// Invented illustrations of the plan-draft feature, flagged isExample so every page that shows
// them says so: the report quotes no plan text.
const EXAMPLE_DRAFTS: { title: string; description: string; points: { text: string; issues: string[] }[] }[] = [
  {
    title: "Example draft A (illustration)",
    description: "An invented text that shows how a pasted plan is split into points and linked to issues. Not a real plan.",
    points: [
      { text: "The parties reaffirm the sovereignty of Ukraine.", issues: ["peace-roadmap"] },
      { text: "Security guarantees are granted once the agreement is signed.", issues: ["security-guarantees"] },
      { text: "Elections are held in Ukraine within a fixed period after signing.", issues: ["elections"] },
      { text: "Territorial questions are settled along the line of contact.", issues: ["territory"] },
    ],
  },
  {
    title: "Example draft B (illustration)",
    description: "An invented revision of example draft A, to show the cross-walk. Not a real plan.",
    points: [
      { text: "The parties reaffirm the sovereignty of Ukraine.", issues: ["peace-roadmap"] },
      { text: "Elections are held in Ukraine as soon as possible after signing.", issues: ["elections"] },
      { text: "Security guarantees are granted once the agreement is signed and ratified.", issues: ["security-guarantees"] },
      { text: "A joint commission monitors implementation.", issues: ["peace-roadmap"] },
    ],
  },
];

export const DEMO_NEGOTIATION_SLUG = "ukraine-us-peace-roadmap";

/** Loads the demo scenario into an empty database; does nothing if any negotiation exists. */
export async function seedDemo(prisma: PrismaClient, authorId: string): Promise<boolean> {
  if ((await prisma.negotiation.count()) > 0) return false;
  await prisma.$transaction(
    async (tx) => {
      const negotiation = await tx.negotiation.create({
        data: {
          slug: DEMO_NEGOTIATION_SLUG,
          title: "Ukraine–US talks on the US peace roadmap",
          description:
            "Talks between Ukraine and the United States on the US President's plan to end the war with Russia. Russia and Kyiv's European backers are not at the table but their positions shape every issue.",
          parties: {
            create: [
              { name: "Ukraine", description: "Delegation led by Rustem Umerov, top security official", position: 0 },
              { name: "United States", description: "Envoy Steve Witkoff, adviser Jared Kushner; Secretary of State Marco Rubio", position: 1 },
              { name: "Russia", description: "Not at the table; sets conditions publicly", position: 2 },
              { name: "European backers", description: "Kyiv's European allies, pressing for security guarantees", position: 3 },
            ],
          },
        },
      });
      const outlets = new Map<string, string>();
      for (const outlet of OUTLETS) {
        const row = await tx.outlet.upsert({ where: { name: outlet.name }, update: {}, create: outlet });
        outlets.set(outlet.name, row.id);
      }
      const sources = new Map<string, string>();
      for (const source of SOURCES) {
        const row = await tx.source.upsert({
          where: { url: source.url },
          update: {},
          create: {
            url: source.url,
            title: source.title,
            kind: source.kind ?? "ARTICLE",
            author: source.author,
            publishedAt: day(source.publishedAt),
            language: source.language,
            outletId: outlets.get(source.outlet),
            viaId: source.via ? sources.get(source.via) : undefined,
            addedById: authorId,
          },
        });
        sources.set(source.key, row.id);
      }
      for (const issue of ISSUES) {
        const category = await tx.category.upsert({
          where: { name: issue.category },
          update: {},
          create: { name: issue.category, slug: slugify(issue.category) },
        });
        const created = await tx.issue.create({
          data: { negotiationId: negotiation.id, slug: issue.slug, title: issue.title, summary: issue.summary, categoryId: category.id },
        });
        for (const update of issue.updates) {
          await tx.update.create({
            data: {
              issueId: created.id,
              authorId,
              occurredAt: day(update.occurredAt),
              summary: update.summary,
              toStatus: update.toStatus,
              sources: {
                create: update.sources.map((cited, position) => ({
                  sourceId: sources.get(cited.key)!,
                  quote: cited.quote,
                  position,
                })),
              },
            },
          });
        }
        await recomputeIssueState(tx, created.id);
      }
      const parties = new Map((await tx.party.findMany({ where: { negotiationId: negotiation.id } })).map((party) => [party.name, party.id]));
      const issues = new Map((await tx.issue.findMany({ where: { negotiationId: negotiation.id } })).map((issue) => [issue.slug, issue.id]));
      for (const position of POSITIONS) {
        await tx.position.create({
          data: {
            issueId: issues.get(position.issue)!,
            partyId: parties.get(position.party)!,
            authorId,
            stance: position.stance,
            statement: position.statement,
            statedAt: day(position.statedAt),
            sources: {
              create: position.sources.map((cited, ordinal) => ({ sourceId: sources.get(cited.key)!, quote: cited.quote, ordinal })),
            },
          },
        });
      }
      for (const draft of EXAMPLE_DRAFTS) {
        await tx.planDraft.create({
          data: {
            negotiationId: negotiation.id,
            title: draft.title,
            description: draft.description,
            isExample: true,
            createdById: authorId,
            points: {
              create: draft.points.map((point, index) => ({
                ordinal: index + 1,
                label: String(index + 1),
                text: point.text,
                issues: { create: point.issues.map((slug) => ({ issueId: issues.get(slug)! })) },
              })),
            },
          },
        });
      }
    },
    { timeout: 30_000 },
  );
  return true;
}
