import { describe, expect, it } from 'vitest';
import { defaultSettings, settingKeys } from '../settings/schema';
import { validateSettings } from '../settings/validate';
import { decodeSettings, encodeSettings } from './url-codec';

/** A small seeded generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nasty = [
  '',
  '-1',
  '0',
  '1e308',
  '-1e308',
  '1e-400',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1f',
  '1,2,,3',
  ',,,',
  '[]',
  '{}',
  'null',
  'undefined',
  'true',
  'false',
  '%',
  '%E0%A4%A',
  '%00',
  '\u0000',
  '\uFFFF',
  '😀',
  '<script>',
  '../..',
  '9'.repeat(400),
  'a'.repeat(5000),
  '1'.repeat(20) + ',' + '2'.repeat(20),
  '2048,2048,2048,2048,2048,2048,2048,2048,2048',
  'relu',
  'adam',
  'binaryCrossentropy',
  'mnist',
  'upload',
  '__proto__',
  'constructor',
  'toString',
];

function randomValue(next: () => number): string {
  const pick = next();
  if (pick < 0.4) return nasty[Math.floor(next() * nasty.length)] ?? '';
  if (pick < 0.7) return String((next() - 0.5) * 10 ** Math.floor(next() * 20 - 10));
  if (pick < 0.85)
    return Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * 5000) - 100).join(',');
  return Array.from({ length: Math.floor(next() * 30) }, () =>
    String.fromCharCode(Math.floor(next() * 0xffff)),
  ).join('');
}

function randomKey(next: () => number): string {
  const pick = next();
  if (pick < 0.6) return settingKeys[Math.floor(next() * settingKeys.length)] ?? 'seed';
  if (pick < 0.8) return nasty[Math.floor(next() * nasty.length)] ?? '';
  return randomValue(next);
}

/** Percent-encodes when the text can be encoded (a lone surrogate cannot), else leaves it raw. */
function maybeEncode(text: string, encode: boolean): string {
  if (!encode) return text;
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A hash built from random pairs, sometimes percent-encoded, sometimes broken. */
function randomHash(next: () => number): string {
  const pairs = Array.from({ length: Math.floor(next() * 12) }, () => {
    const key = randomKey(next);
    const value = randomValue(next);
    const encode = next() < 0.5;
    return `${maybeEncode(key, encode)}=${maybeEncode(value, encode)}`;
  });
  const separator = next() < 0.9 ? '&' : (['&&', ';', '#', '=', '?'][Math.floor(next() * 5)] ?? '&');
  return `${next() < 0.8 ? '#' : ''}${pairs.join(separator)}`;
}

describe('decodeSettings under hostile input', () => {
  it('never throws and always gives valid settings, for 10,000 random and adversarial hashes', () => {
    const next = rng(20261127);
    for (let i = 0; i < 10_000; i++) {
      const hash = randomHash(next);
      let decoded: ReturnType<typeof decodeSettings>;
      try {
        decoded = decodeSettings(hash);
      } catch (error) {
        throw new Error(`case ${i} threw for ${JSON.stringify(hash).slice(0, 200)}`, { cause: error });
      }
      const check = validateSettings(decoded.settings);
      if (!check.ok)
        throw new Error(`case ${i} gave invalid settings for ${JSON.stringify(hash).slice(0, 200)}`);
    }
  });

  it('keeps every valid value it reads, so hostile neighbours do not spoil a link', () => {
    const next = rng(7);
    for (let i = 0; i < 500; i++) {
      const hash = `#latentSize=17&${randomHash(next).replace(/^#/, '')}`.replace(
        /latentSize=(?!17)[^&]*/g,
        'x=1',
      );
      expect(decodeSettings(hash).settings.latentSize).toBe(17);
    }
  });

  it('round-trips the defaults', () => {
    expect(decodeSettings(encodeSettings(defaultSettings))).toEqual({
      settings: defaultSettings,
      notices: [],
    });
  });
});
