import type { DocumentJson, Lang, UiLanguage } from '../../../src-preload/contract/domain.ts';
import { claimStatuses, type Claim, type ClaimEvent, type ClaimStatus, type Evidence } from '../../../src-preload/contract/factcheck.ts';
import en from '../../../resources/locales/en/report.json' with { type: 'json' };
import id from '../../../resources/locales/id/report.json' with { type: 'json' };
import { articleToDocx } from './articleToDocx.ts';
import { articleToHtml } from './articleToHtml.ts';
import { articleToMarkdown } from './articleToMarkdown.ts';
import type { ExportableArticle } from './exportableArticle.ts';

/** What the report is made of: the article, its claims (in text order, orphans last) and the reader's language. */
export interface FactCheckReportInput {
  headline: string;
  /** The article's language (HTML `lang`, DOCX proofing). */
  lang: Lang;
  /** Labels and dates are in this language. */
  ui: UiLanguage;
  claims: readonly Claim[];
  generatedAt: Date;
}

export type FactCheckReportFormat = 'html' | 'md' | 'docx';

type Catalogue = typeof en;
const catalogues: Record<UiLanguage, Catalogue> = { en, id };

type Node = Record<string, unknown>;

/**
 * The fact-check report of an article as HTML, Markdown or DOCX: the headline, then each claim
 * with its status (localised), verdict note, evidence (title, publisher, date, link, excerpt)
 * and a summary of its history. The report is built as an ordinary article body and written by
 * the article exporters, so it gets their escaping and sanitising (HTML: our own tags only, a
 * strict CSP, links re-checked to http/https/mailto; Markdown: text escaped; DOCX: control
 * characters removed) rather than a second, weaker copy of them.
 */
export async function factCheckReport(input: FactCheckReportInput, format: FactCheckReportFormat): Promise<Uint8Array> {
  const article = reportArticle(input);
  switch (format) {
    case 'html':
      return new TextEncoder().encode(articleToHtml(article));
    case 'md':
      return new TextEncoder().encode(articleToMarkdown(article));
    case 'docx':
      return articleToDocx(article);
  }
}

/** The report as an exportable article (headline, standfirst line, body). */
export function reportArticle(input: FactCheckReportInput): ExportableArticle {
  const t = catalogues[input.ui];
  const date = (iso: string | Date) => formatDate(iso, input.ui);
  const body: Node[] = [];
  // "Claims tracked: 3 (Verified 2, False 1)": the verdicts at a glance, in the panel's order.
  const counts = claimStatuses.flatMap((status) => {
    const n = input.claims.filter((c) => c.status === status).length;
    return n > 0 ? [`${statusLabel(status, input.ui)} ${n}`] : [];
  });
  const summary = fill(t.summary, { count: String(input.claims.length) });
  body.push(paragraph([text(counts.length > 0 ? `${summary} (${counts.join(', ')})` : summary)]));
  if (input.claims.length === 0) body.push(paragraph([text(t.noClaims)]));
  input.claims.forEach((claim, i) => {
    body.push(heading(2, [text(fill(t.claim, { n: String(i + 1) }))]));
    body.push({ type: 'blockquote', content: [paragraph([text(claim.text)])] });
    body.push(paragraph([text(`${t.status}: `, ['bold']), text(statusLabel(claim.status, input.ui))]));
    if (claim.verdictNote.trim()) body.push(paragraph([text(`${t.verdictNote}: `, ['bold']), text(claim.verdictNote.trim())]));
    if (claim.orphaned) body.push(paragraph([text(t.orphaned, ['italic'])]));
    body.push(heading(3, [text(t.evidence)]));
    if (claim.evidence.length === 0) body.push(paragraph([text(t.noEvidence)]));
    else body.push(bulletList(claim.evidence.map((e) => evidenceItem(e, t, date))));
    if (claim.history.length > 0) {
      body.push(heading(3, [text(t.history)]));
      body.push(bulletList(claim.history.map((event) => [paragraph([text(historyLine(event, input.ui, date))])])));
    }
  });
  return {
    title: input.headline.trim() || t.title,
    standfirst: `${t.title} · ${fill(t.generated, { date: date(input.generatedAt) })}`,
    lang: input.lang,
    doc: { type: 'doc', content: body } as DocumentJson,
  };
}

/** A claim status in the reader's language. */
export function statusLabel(status: ClaimStatus, ui: UiLanguage): string {
  return catalogues[ui].statuses[status];
}

function evidenceItem(e: Evidence, t: Catalogue, date: (iso: string) => string): Node[] {
  const url = e.url.trim();
  const title = url ? text(e.title, ['bold'], url) : text(e.title, ['bold']);
  const details = [
    e.publisher.trim() ? `${t.publisher}: ${e.publisher.trim()}` : '',
    e.publishedOn ? `${t.published}: ${date(e.publishedOn)}` : '',
    e.file ? `${t.file}: ${e.file.name}` : '',
  ].filter(Boolean);
  const first: Node[] = [title];
  if (details.length > 0) first.push(text(` — ${details.join(' · ')}`));
  const out = [paragraph(first)];
  // The address written out too: a printed report has no links to click.
  if (url) out.push(paragraph([text(url, [], url)]));
  if (e.excerpt.trim()) out.push(paragraph([text(`“${e.excerpt.trim()}”`, ['italic'])]));
  return out;
}

function historyLine(event: ClaimEvent, ui: UiLanguage, date: (iso: string) => string): string {
  const t = catalogues[ui];
  const detail = event.action === 'status' && isStatus(event.detail) ? statusLabel(event.detail, ui) : event.detail;
  const what = fill(t.actions[event.action], { detail });
  return [date(event.at), what, event.by ? fill(t.by, { name: event.by }) : ''].filter(Boolean).join(' — ');
}

const isStatus = (s: string): s is ClaimStatus => s in en.statuses;

/** "{{name}}" placeholders filled; the catalogues are ours, the values are text. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? '');
}

function formatDate(value: string | Date, ui: UiLanguage): string {
  const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(ui === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

// Body nodes. Empty text nodes are not allowed in a document: callers pass non-empty text.
function text(value: string, marks: ('bold' | 'italic')[] = [], href?: string): Node {
  const all: Node[] = marks.map((type) => ({ type }));
  if (href) all.push({ type: 'link', attrs: { href } });
  // eslint-disable-next-line no-control-regex -- control characters are not text
  const clean = value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ') || ' ';
  return all.length > 0 ? { type: 'text', text: clean, marks: all } : { type: 'text', text: clean };
}
function paragraph(content: Node[]): Node {
  return { type: 'paragraph', content };
}
function heading(level: number, content: Node[]): Node {
  return { type: 'heading', attrs: { level }, content };
}
function bulletList(items: Node[][]): Node {
  return { type: 'bulletList', content: items.map((content) => ({ type: 'listItem', content })) };
}
