import { expect } from '@open-wc/testing';
import {
  array,
  isoDate,
  object,
  opt,
  size,
  soft,
  str,
  text,
  url,
  variant,
  type ReportIssue,
} from '../../src/core/validate.js';
import '../../src/quote/report-quote.js';

const run = <T>(check: (v: unknown, p: string, i: ReportIssue[]) => T, value: unknown) => {
  const issues: ReportIssue[] = [];
  return { value: check(value, '', issues), issues };
};

describe('validate', () => {
  const shape = object({
    title: text,
    alt: str,
    href: opt(url('link')),
    link: soft(url('link')),
    items: opt(array(object({ alt: str }), 1)),
  });

  it('keeps valid objects and drops unknown keys', () => {
    expect(run(shape, { title: 'T', alt: '', link: '/a', extra: 1 })).to.deep.equal({
      value: { title: 'T', alt: '', link: '/a' },
      issues: [],
    });
  });

  it('reports missing required fields with paths and rejects the object', () => {
    const r = run(shape, { alt: 1, link: '/a' });
    expect(r.value).to.equal(undefined);
    expect(r.issues).to.deep.equal([
      { path: 'title', message: 'is required' },
      { path: 'alt', message: 'expected a string, got number' },
    ]);
  });

  it('drops an invalid optional field but keeps the object', () => {
    const r = run(shape, { title: 'T', alt: 'a', href: 'javascript:x', link: '/a' });
    expect(r.value).to.deep.equal({ title: 'T', alt: 'a', link: '/a' });
    expect(r.issues[0]!.path).to.equal('href');
    expect(r.issues[0]!.message).to.match(/^unsafe or unsupported URL "javascript:x"/);
  });

  it('reports a missing soft field but keeps the object', () => {
    const r = run(shape, { title: 'T', alt: '' });
    expect(r.value).to.deep.equal({ title: 'T', alt: '' });
    expect(r.issues).to.deep.equal([{ path: 'link', message: 'is required' }]);
  });

  it('treats null in optional fields as absent', () => {
    expect(run(shape, { title: 'T', alt: '', href: null, link: '/' }).issues).to.deep.equal([]);
  });

  it('keeps the valid items of arrays and reports the others by index', () => {
    const r = run(shape, { title: 'T', alt: '', link: '/', items: [{ alt: 'a' }, { alt: 3 }, 'x', { alt: 'b' }] });
    expect(r.value!.items).to.deep.equal([{ alt: 'a' }, { alt: 'b' }]);
    expect(r.issues.map((i) => i.path)).to.deep.equal(['items[1].alt', 'items[2]']);
  });

  it('fails an array with too few valid items', () => {
    const r = run(array(str, 1), [1]);
    expect(r.value).to.equal(undefined);
    expect(r.issues.map((i) => i.message)).to.deep.equal([
      'expected a string, got number',
      'needs at least 1 valid item',
    ]);
  });

  it('checks dates that exist', () => {
    expect(run(isoDate, '2023-12-19').value).to.equal('2023-12-19');
    for (const bad of ['2023-02-30', '19.12.2023', '2023-12-19T10:00', '2023-13-01'])
      expect(run(isoDate, bad).issues, bad).to.have.length(1);
  });

  it('tells unknown variants apart by type', () => {
    const v = variant({ a: object({ x: str }) });
    expect(run(v, { type: 'a', x: '1' }).value).to.deep.equal({ type: 'a', x: '1' });
    const r = run(v, { type: 'video' });
    expect(r.issues).to.deep.equal([{ path: 'type', message: 'unknown type "video" (expected one of a)' }]);
    expect(run(v, null).issues[0]!.path).to.equal('type');
    expect(run(v, { type: '__proto__' }).value).to.equal(undefined);
  });

  it('truncates huge values in messages', () => {
    const r = run(url('link'), `javascript:${'x'.repeat(10_000)}`);
    expect(r.issues[0]!.message.length).to.be.below(160);
  });

  // Found by the schema agreement fuzzer: JSON such as {"height": {"toString": null}} made the message throw.
  it('quotes values that cannot be turned into text without throwing', () => {
    const hostile = { toString: null };
    expect(run(size, hostile).issues).to.deep.equal([{ path: '', message: 'expected a positive number, got object' }]);
    expect(run(variant({ a: object({ x: str }) }), { type: hostile }).issues[0]!.message).to.match(
      /^unknown type object/,
    );
  });

  it('reports a hostile thrown value instead of throwing into the page', async () => {
    const el = document.createElement('report-quote');
    const errors: ReportIssue[][] = [];
    el.addEventListener('report-error', (e) => (errors.push(e.detail.errors), e.preventDefault()));
    document.body.append(el);
    el.data = {
      get text(): string {
        throw { toString: null };
      },
    } as never;
    await el.updateComplete;
    expect(errors).to.deep.equal([[{ path: '', message: 'could not be read: object' }]]);
    el.remove();
  });
});
