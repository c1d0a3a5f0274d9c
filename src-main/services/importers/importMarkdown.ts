import { Marked } from 'marked';
import { decodeText } from './decodeText.ts';
import { htmlToDocument } from './htmlToDocument.ts';
import type { ImporterResult } from './importedArticle.ts';

/**
 * Imports Markdown (CommonMark + GitHub tables and strikethrough). marked turns it into HTML and
 * `htmlToDocument` rebuilds that from our allow-list, so raw HTML inside the Markdown is
 * sanitised like any imported HTML. A leading `# Heading` is the headline; so is a `title:` in
 * YAML front matter, which is otherwise dropped.
 */
export function importMarkdown(bytes: Uint8Array): ImporterResult {
  let markdown = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  let frontMatterTitle = '';
  const frontMatter = /^---\n([\s\S]{0,10000}?)\n(---|\.\.\.)\n/.exec(markdown);
  if (frontMatter) {
    markdown = markdown.slice(frontMatter[0].length);
    const title = /^title:\s*(.+)$/m.exec(frontMatter[1]!)?.[1]?.trim() ?? '';
    frontMatterTitle = title.replace(/^(["'])(.*)\1$/, '$2');
  }
  // A private instance: marked's global options are shared with anything else that imports it.
  const html = new Marked({ gfm: true, breaks: false, async: false }).parse(markdown) as string;
  const converted = htmlToDocument(html);
  return { ...converted, title: frontMatterTitle || converted.title };
}
