import { expect } from '@open-wc/testing';
import { boundFormat } from '../../../src/components/shared/format.js';

describe('format.minorMoney (the SDK\'s Money, in minor units)', () => {
  it('divides by the currency\'s own exponent and writes it the reader\'s way', () => {
    const en = boundFormat(() => ({ locale: 'en-US', timeZone: 'UTC' }));
    expect(en.minorMoney({ amount: 12_345, currency: 'USD' })).to.equal('$123.45');
    expect(en.minorMoney({ amount: 500, currency: 'JPY' })).to.equal('¥500');
    expect(en.minorMoney({ amount: 1_234, currency: 'KWD' }).replace(/\s/g, ' ')).to.equal('KWD 1.234');
    expect(en.minorMoney({ amount: -320, currency: 'EUR' })).to.equal('-€3.20');
    const es = boundFormat(() => ({ locale: 'es-ES', timeZone: 'UTC' }));
    expect(es.minorMoney({ amount: 12_845_000, currency: 'EUR' }).replace(/\s/g, ' ')).to.equal('128.450,00 €');
  });
});
