import { describe, expect, it } from 'vitest';
import { normalizeLinkHref } from './linkHref.ts';

describe('normalizeLinkHref', () => {
  it.each([
    ['https://www.kompas.id/baca/ekonomi', 'https://www.kompas.id/baca/ekonomi'],
    ['  http://bps.go.id  ', 'http://bps.go.id'],
    ['HTTPS://Example.com/a?b=1#c', 'HTTPS://Example.com/a?b=1#c'],
    ['mailto:redaksi@contoh.co.id', 'mailto:redaksi@contoh.co.id'],
    ['bps.go.id/statistik', 'https://bps.go.id/statistik'],
    ['pemerintah.example:8080/x', 'https://pemerintah.example:8080/x'],
    ['desk@redaksi.id', 'mailto:desk@redaksi.id'],
  ])('accepts %j as %j', (input, href) => {
    expect(normalizeLinkHref(input)).toBe(href);
  });

  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'ftp://files.example.com',
    '/relative/path',
    'berita terbaru',
    'https://',
    'mailto:',
    'localhost',
    'https://exa mple.com',
  ])('refuses %j', (input) => {
    expect(normalizeLinkHref(input)).toBeNull();
  });
});
