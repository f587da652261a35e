/** Download links: only addresses a page may follow, saved under a name the reader's system accepts. */
import { expect } from '@open-wc/testing';
import { downloadHref, extensionOf, safeFileName } from '../../../src/components/shared/download-link.js';

describe('download links', () => {
  it('links to web addresses, blobs and data: files of the expected types, and to nothing else', () => {
    expect(downloadHref('https://files.example.com/export.zip?sig=1')).to.equal('https://files.example.com/export.zip?sig=1');
    expect(downloadHref('/api/exports/exp_1/file')).to.equal('/api/exports/exp_1/file');
    expect(downloadHref('blob:https://app.example.com/5f0c')).to.equal('blob:https://app.example.com/5f0c');
    expect(downloadHref('data:application/json;charset=utf-8,%7B%7D', ['application/json'])).to.equal('data:application/json;charset=utf-8,%7B%7D');
    expect(downloadHref('data:text/html,<script>alert(1)</script>', ['application/json'])).to.equal(undefined);
    expect(downloadHref('data:application/json,%7B%7D')).to.equal(undefined);
    expect(downloadHref('javascript:alert(1)')).to.equal(undefined);
    expect(downloadHref(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(downloadHref('vbscript:msgbox(1)')).to.equal(undefined);
  });

  it('saves a file with the extension its address implies', () => {
    expect(extensionOf('data:application/json;charset=utf-8,%7B%7D')).to.equal('json');
    expect(extensionOf('data:application/octet-stream,xx')).to.equal(undefined);
    expect(extensionOf('https://files.example.com/exports/Export.ZIP?sig=abc.def')).to.equal('zip');
    expect(extensionOf('https://files.example.com/exports/exp_1')).to.equal(undefined);
  });

  it('keeps file names free of characters file systems refuse', () => {
    expect(safeFileName('INV-2026/001: "final"', 'invoice')).to.equal('INV-2026-001- -final-');
    expect(safeFileName('line\nbreak', 'x')).to.equal('line-break');
    expect(safeFileName('', 'invoice')).to.equal('invoice');
    expect(safeFileName('a'.repeat(300), 'x')).to.have.length(120);
  });
});
