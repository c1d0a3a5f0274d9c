import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
  isTrustedRendererUrl,
} from './navigationPolicy.ts';

type Row = [url: string, trusted: boolean, openExternally: boolean, why: string];

// One row per URL: is it our renderer (navigation allowed, IPC trusted) and may it leave the
// app through shell.openExternal? window.open is always denied, so it has no column.
const corpus: Row[] = [
  ['app://redaksi/index.html', true, false, 'the entry page'],
  ['app://redaksi/', true, false, 'root of the app'],
  ['app://redaksi/index.html#/article/42', true, false, 'hash route'],
  ['app://redaksi/index.html?lang=id', true, false, 'query string'],
  ['app://redaksi/assets/index-abc.js', true, false, 'an asset'],
  ['app://redaksi', false, false, 'not canonical (Chromium always adds the slash)'],
  ['app://redaksi.evil/index.html', false, false, 'host with our name as a prefix'],
  ['app://evil/index.html', false, false, 'other host of our scheme'],
  ['app://evil.redaksi/index.html', false, false, 'subdomain trick'],
  ['app://redaksi@evil/index.html', false, false, 'our name as userinfo'],
  ['app://user:pass@redaksi/index.html', false, false, 'credentials'],
  ['app://redaksi:8080/index.html', false, false, 'port'],
  ['app:redaksi/index.html', false, false, 'no authority'],
  ['app:///redaksi/index.html', false, false, 'empty host'],
  ['APP://REDAKSI/index.html', false, false, 'non-canonical case'],
  ['APP://redaksi/index.html', false, false, 'non-canonical scheme case'],
  [' app://redaksi/index.html', false, false, 'leading space'],
  ['app://redaksi/index.html ', false, false, 'trailing space'],
  ['\tapp://redaksi/index.html', false, false, 'leading tab'],
  ['app://red\naksi/index.html', false, false, 'newline inside host'],
  ['app://redaksi\u0000.evil/', false, false, 'NUL byte'],
  ['app:\\\\redaksi\\index.html', false, false, 'backslashes'],
  ['\u200bapp://redaksi/index.html', false, false, 'zero-width space'],
  ['app://rédaksi/index.html', false, false, 'unicode look-alike host'],
  ['apps://redaksi/index.html', false, false, 'similar scheme'],
  ['file:///etc/passwd', false, false, 'file'],
  ['file://redaksi/index.html', false, false, 'file with our host'],
  ['javascript:alert(1)', false, false, 'javascript'],
  ['JaVaScRiPt:alert(1)', false, false, 'javascript, mixed case'],
  ['java\tscript:alert(1)', false, false, 'javascript with tab'],
  ['data:text/html,<script>alert(1)</script>', false, false, 'data html'],
  ['data:image/png;base64,iVBORw0KGgo=', false, false, 'data image is not a page either'],
  ['blob:app://redaksi/1234', false, false, 'blob'],
  ['about:blank', false, false, 'about:blank'],
  ['chrome://gpu', false, false, 'chrome internals'],
  ['devtools://devtools/bundled/inspector.html', false, false, 'devtools'],
  ['view-source:app://redaksi/index.html', false, false, 'view-source'],
  ['http://localhost:5173/', false, false, 'dev server without dev mode'],
  ['http://example.com/', false, false, 'plain http'],
  ['ws://example.com/', false, false, 'websocket'],
  ['ftp://example.com/file', false, false, 'ftp'],
  ['https://example.com/', false, true, 'https page'],
  ['https://example.com/path?q=1#frag', false, true, 'https with query and fragment'],
  ['HTTPS://EXAMPLE.COM/', false, true, 'https, upper case (canonicalised by the URL parser)'],
  ['https://bücher.example/', false, true, 'unicode host (punycoded, shown as such by the browser)'],
  ['https://xn--bcher-kva.example/', false, true, 'punycode host'],
  ['https://203.0.113.7/', false, true, 'IP literal'],
  ['https://user:pass@example.com/', false, false, 'https with credentials'],
  ['https://bank.example@evil.example/', false, false, 'https with userinfo disguise'],
  ['https://', false, false, 'https without host'],
  ['https:///path', false, true, 'special scheme repairs to host "path"'],
  ['https://exa mple.com/', false, false, 'space in host'],
  [' https://example.com/', false, false, 'leading space on https'],
  ['https://example.com/\n', false, false, 'trailing newline on https'],
  ['https://%', false, false, 'malformed host'],
  ['mailto:desk@example.com', false, true, 'mailto'],
  ['mailto:desk@example.com?subject=Koreksi', false, true, 'mailto with subject'],
  ['MAILTO:desk@example.com', false, true, 'mailto upper case'],
  ['mailto:', false, false, 'empty mailto'],
  ['mailto://evil.example', false, false, 'mailto with authority'],
  ['tel:+62211234567', false, false, 'tel'],
  ['sms:+62211234567', false, false, 'sms'],
  ['smb://server/share', false, false, 'smb'],
  ['ms-settings:privacy', false, false, 'OS protocol handler'],
  ['', false, false, 'empty'],
  ['not a url', false, false, 'malformed'],
  ['//example.com/', false, false, 'scheme-relative'],
  ['/index.html', false, false, 'path only'],
  ['index.html', false, false, 'relative'],
  // Added for the S4 audit: more schemes, hosts and disguises.
  ['blob:https://example.com/5a2f', false, false, 'blob of a web origin'],
  ['data:text/html;base64,PHA+aGFsbzwvcD4=', false, false, 'base64 data html'],
  ['javascript://example.com/%0aalert(1)', false, false, 'javascript disguised with an authority'],
  ['vbscript:msgbox(1)', false, false, 'vbscript'],
  ['file:///C:/Windows/System32/calc.exe', false, false, 'Windows file path'],
  ['file://server/share/doc.docx', false, false, 'file URL with a network host'],
  ['chrome-extension://abcdef/page.html', false, false, 'extension page'],
  ['about:srcdoc', false, false, 'about:srcdoc'],
  ['chrome://settings', false, false, 'chrome settings'],
  ['devtools://devtools/bundled/devtools_app.html', false, false, 'devtools app'],
  ['app://127.0.0.1/index.html', false, false, 'our scheme with an IP host'],
  ['app://[::1]/index.html', false, false, 'our scheme with an IPv6 host'],
  ['app://redaksi%2eevil/index.html', false, false, 'percent-encoded dot in our host'],
  ['app://xn--rdaksi-bva/index.html', false, false, 'punycode look-alike of our host'],
  ['redaksi://open/article', false, false, 'our name as a scheme'],
  ['app://redaksi/../../etc/passwd', true, false, 'dot segments resolve inside our origin; resolveAppFile serves nothing outside out/renderer'],
  ['http://127.0.0.1/', false, false, 'plain http on loopback'],
  ['https://example.com.evil.example/', false, true, 'look-alike subdomain is just another https site'],
  ['https://example.com:8443/x', false, true, 'https with a port'],
  ['https://\u0430pple.com/', false, true, 'IDN homograph (Cyrillic a), punycoded by the parser'],
  ['https://例え.jp/', false, true, 'IDN host'],
  ['mailto:desk@example.com,koreksi@example.com', false, true, 'mailto with two addresses'],
  ['mailto:?to=desk@example.com', false, false, 'mailto without an address part'],
  ['https://example.com@', false, false, 'trailing @ leaves no host'],
];

describe('navigation and external-link policy (RELIABILITY S4)', () => {
  it('has a corpus of at least 40 distinct URLs', () => {
    expect(new Set(corpus.map(([url]) => url)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('covers every kind of URL the S4 audit asks for', () => {
    const urls = corpus.map(([url]) => url.toLowerCase());
    for (const prefix of ['javascript:', 'data:', 'file:', 'about:blank', 'blob:', 'chrome:', 'devtools:', 'mailto:', 'http:', 'https:', 'app:']) {
      expect(urls.some((u) => u.startsWith(prefix)), prefix).toBe(true);
    }
    expect(urls.some((u) => /^https:\/\/[^/]*@/.test(u)), 'userinfo').toBe(true);
    expect(corpus.some(([url]) => /^https:\/\/[^/]*[^\p{ASCII}]/u.test(url)), 'IDN host').toBe(true);
    expect(urls.filter((u) => /^app:\/\/(?!redaksi\/)/.test(u)).length, 'our scheme with odd hosts').toBeGreaterThanOrEqual(5);
  });

  it.each(corpus)('%j (%s)', (url, trusted, openExternally) => {
    expect(isTrustedRendererUrl(url)).toBe(trusted);
    expect(decideNavigation(url)).toBe(trusted ? 'allow' : 'deny');
    expect(isAllowedExternalUrl(url)).toBe(openExternally);
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally });
  });

  it('every decision in the corpus matches', () => {
    const mismatches = corpus.filter(
      ([url, trusted, external]) =>
        isTrustedRendererUrl(url) !== trusted ||
        decideNavigation(url) !== (trusted ? 'allow' : 'deny') ||
        decideWindowOpen(url).openExternally !== external,
    );
    expect(mismatches).toEqual([]);
  });

  it('the entry URL is trusted', () => {
    expect(isTrustedRendererUrl(appEntryUrl)).toBe(true);
  });
});

describe('dev server trust', () => {
  const dev = 'http://localhost:5173';

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/index.html#/x', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['https://localhost:5173/', false],
    ['http://localhost.evil:5173/', false],
    ['http://user@localhost:5173/', false],
    ['app://redaksi/index.html', true],
    ['https://example.com/', false],
  ] as const)('with the dev server, %s trusted = %s', (url, trusted) => {
    expect(isTrustedRendererUrl(url, dev)).toBe(trusted);
    expect(decideNavigation(url, dev)).toBe(trusted ? 'allow' : 'deny');
  });

  it.each(['http://example.com:5173', 'file:///tmp', 'javascript:alert(1)', 'not a url', 'http://user@localhost:5173'])(
    'a non-loopback or odd dev server URL (%s) trusts nothing extra',
    (devServerUrl) => {
      expect(isTrustedRendererUrl(devServerUrl, devServerUrl)).toBe(false);
    },
  );

  it('accepts 127.0.0.1 and [::1] dev servers', () => {
    expect(isTrustedRendererUrl('http://127.0.0.1:4000/x', 'http://127.0.0.1:4000/')).toBe(true);
    expect(isTrustedRendererUrl('http://[::1]:4000/x', 'http://[::1]:4000')).toBe(true);
  });
});
