import { parseDocument } from '../documentValidation.ts';
import { isAllowedLinkHref } from '../../../src-preload/contract/documentSchema.ts';
import { languageTags, type ExportableArticle } from './exportableArticle.ts';
import { toExportBlocks, type ExportBlock, type ExportInline } from './toExportBlocks.ts';

/**
 * The exported page allows no script, frame, form or remote resource at all: even if a browser
 * found markup we did not write, it could not run or phone home.
 */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const stylesheet = `body{margin:0;background:#fff;color:#1d1d1f;font:17px/1.6 Georgia,'Times New Roman',serif}
article{max-width:42rem;margin:3rem auto;padding:0 1.25rem}
h1,h2,h3,h4,h5,h6{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:2rem;margin:0 0 .75rem}.standfirst{font-size:1.2rem;font-style:italic;color:#3a3a3c}
.byline{font-family:system-ui,sans-serif;font-size:.9rem;color:#6e6e73}
blockquote{margin:1.25rem 0;padding-left:1rem;border-left:3px solid #d2d2d7;color:#3a3a3c}
pre{background:#f5f5f7;padding:.75rem;overflow:auto;font-size:.85em}code{font-size:.9em}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d2d2d7;padding:.3rem .6rem;vertical-align:top}
hr{border:0;border-top:1px solid #d2d2d7;margin:2rem 0}a{color:#0b57d0}
figure{margin:1.25rem 0}img{max-width:100%;height:auto}`;

/**
 * A standalone HTML page: `lang` from the article language, a strict Content-Security-Policy,
 * the headline as `<h1>`, standfirst and byline, and the body. Built only from our own tags with
 * every text and attribute escaped, so article text cannot become markup; links are re-checked
 * (http, https, mailto only) and open with `rel="noopener noreferrer"`.
 */
export function articleToHtml(article: ExportableArticle): string {
  const blocks = toExportBlocks(parseDocument(article.doc), article.media);
  const lang = article.lang ? ` lang="${languageTags[article.lang]}"` : '';
  const head = [
    '<meta charset="utf-8">',
    // Our own constant, without quotes or angle brackets: written as is, for readability.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Redaksi">',
    `<title>${escapeHtml(article.title)}</title>`,
    `<style>${stylesheet}</style>`,
  ];
  const body: string[] = [];
  if (article.title.trim()) body.push(`<h1>${escapeHtml(article.title.trim())}</h1>`);
  if (article.standfirst?.trim()) body.push(`<p class="standfirst">${escapeHtml(article.standfirst.trim())}</p>`);
  if (article.byline?.trim()) body.push(`<p class="byline">${escapeHtml(article.byline.trim())}</p>`);
  body.push(blocksToHtml(blocks));
  return `<!DOCTYPE html>\n<html${lang}>\n<head>\n${head.join('\n')}\n</head>\n<body>\n<article>\n${body.join('\n')}\n</article>\n</body>\n</html>\n`;
}

function blocksToHtml(blocks: readonly ExportBlock[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${inlinesToHtml(block.inlines)}</p>`;
        case 'heading':
          return `<h${block.level}>${inlinesToHtml(block.inlines)}</h${block.level}>`;
        case 'code':
          return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
        case 'quote':
          return `<blockquote>\n${blocksToHtml(block.blocks)}\n</blockquote>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
          return `<${tag}${start}>\n${block.items.map((item) => `<li>${blocksToHtml(item)}</li>`).join('\n')}\n</${tag}>`;
        }
        case 'rule':
          return '<hr>';
        case 'image': {
          // A standalone file: the picture travels inside it as a data: URI (the page's CSP allows only those).
          const alt = ` alt="${escapeHtml(block.alt)}"`;
          const title = block.title ? ` title="${escapeHtml(block.title)}"` : '';
          if (!block.picture) return block.alt ? `<p>${escapeHtml(block.alt)}</p>` : '';
          const size = block.picture.width && block.picture.height ? ` width="${block.picture.width}" height="${block.picture.height}"` : '';
          return `<figure><img src="data:${block.picture.mime};base64,${Buffer.from(block.picture.bytes).toString('base64')}"${alt}${title}${size}></figure>`;
        }
        case 'table': {
          const rows = block.rows.map((row) => {
            const cells = row.map((cell) => {
              const tag = cell.header ? 'th' : 'td';
              const span = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
              return `<${tag}${span}>${blocksToHtml(cell.blocks)}</${tag}>`;
            });
            return `<tr>${cells.join('')}</tr>`;
          });
          return `<table>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
        }
      }
    })
    .join('\n');
}

function inlinesToHtml(inlines: readonly ExportInline[]): string {
  return inlines
    .map((inline) => {
      if (!('text' in inline)) return '<br>';
      let html = escapeHtml(inline.text);
      if (inline.code) html = `<code>${html}</code>`;
      if (inline.strike) html = `<s>${html}</s>`;
      if (inline.underline) html = `<u>${html}</u>`;
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.href && isAllowedLinkHref(inline.href)) html = `<a href="${escapeHtml(inline.href.trim())}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}

/** Escapes text for element content and double- or single-quoted attribute values. */
function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in HTML text
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
