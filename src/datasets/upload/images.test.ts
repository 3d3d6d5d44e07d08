import { describe, expect, it } from 'vitest';
import { phraseText, type Phrase } from '../../settings/phrases';
import {
  checkImageDimensions,
  checkImageFile,
  labelsFromPaths,
  MAX_IMAGE_BYTES,
  toSample,
  type ColourMode,
} from './images';

type Rgba = readonly [number, number, number, number];

/** An RGBA image whose pixel at (x, y) is `colour(x, y)`. */
const image = (width: number, height: number, colour: (x: number, y: number) => Rgba) => {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set(colour(x, y), (y * width + x) * 4);
  }
  return pixels;
};

const grey = (level: number): Rgba => [level, level, level, 255];
const resize = (pixels: Uint8ClampedArray, width: number, height: number, size: number, mode: ColourMode) => [
  ...toSample(pixels, width, height, size, mode),
];
const close = (values: readonly number[], expected: readonly number[]) => {
  expect(values.length).toBe(expected.length);
  values.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 6));
};

describe('toSample', () => {
  it('averages a 4×4 checkerboard down to 2×2 mid-grey', () => {
    const board = image(4, 4, (x, y) => grey((x + y) % 2 === 0 ? 255 : 0));
    close(resize(board, 4, 4, 2, 'grayscale'), [0.5, 0.5, 0.5, 0.5]);
  });

  it('averages each 2×2 block of a 4×4 image into its own output pixel', () => {
    const levels = [
      [0, 0, 255, 255],
      [0, 255, 255, 255],
      [51, 51, 102, 102],
      [51, 51, 102, 0],
    ];
    const pixels = image(4, 4, (x, y) => grey(levels[y]?.[x] ?? 0));
    // Grayscale is darkness, 1 − luminance.
    close(resize(pixels, 4, 4, 2, 'grayscale'), [0.75, 0, 0.8, 0.7]);
  });

  it('keeps a uniform colour uniform, at sizes that do not divide evenly', () => {
    const pixels = image(7, 5, () => [200, 100, 50, 255]);
    const sample = resize(pixels, 7, 5, 3, 'rgb');
    expect(sample.length).toBe(27);
    for (let i = 0; i < 9; i++) close(sample.slice(i * 3, i * 3 + 3), [200 / 255, 100 / 255, 50 / 255]);
  });

  it('keeps the three channels apart, interleaved per pixel', () => {
    const pixels = image(2, 2, (x, y) =>
      x === 0 ? [255, 0, 0, 255] : y === 0 ? [0, 255, 0, 255] : [0, 0, 255, 255],
    );
    close(resize(pixels, 2, 2, 2, 'rgb'), [1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('weighs red, green and blue by 0.299, 0.587 and 0.114 for luminance, stored as darkness', () => {
    const pixels = image(3, 1, (x) => [x === 0 ? 255 : 0, x === 1 ? 255 : 0, x === 2 ? 255 : 0, 255]);
    const sample = resize(pixels, 3, 1, 3, 'grayscale');
    close(sample.slice(0, 3), [1 - 0.299, 1 - 0.587, 1 - 0.114]);
    close(
      resize(
        image(1, 1, () => [255, 255, 255, 255]),
        1,
        1,
        1,
        'grayscale',
      ),
      [0],
    );
  });

  it('enlarges by the same area rule: copies where one pixel covers, averages across a boundary', () => {
    const halves = image(2, 1, (x) => grey(x === 0 ? 0 : 255));
    close(resize(halves, 2, 1, 4, 'grayscale'), [1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0]);
    const corners = image(2, 2, (x, y) => grey([0, 51, 102, 255][y * 2 + x] ?? 0));
    const luminance = [0, 0.1, 0.2, 0.2, 0.4, 0.6, 0.4, 0.7, 1];
    close(
      resize(corners, 2, 2, 3, 'grayscale'),
      luminance.map((value) => 1 - value),
    );
  });

  it('shrinks by fractional amounts with overlap weights', () => {
    const ramp = image(3, 3, (x) => grey([0, 255, 255][x] ?? 0));
    close(resize(ramp, 3, 3, 2, 'grayscale'), [2 / 3, 0, 2 / 3, 0]);
  });

  it('composites transparent pixels onto white paper', () => {
    const pixels = image(2, 1, (x) => [0, 0, 0, x === 0 ? 0 : 51]);
    close(resize(pixels, 2, 1, 2, 'grayscale'), [0, 0.2, 0, 0.2]);
    close(
      resize(
        image(1, 1, () => [255, 0, 0, 102]),
        1,
        1,
        1,
        'rgb',
      ),
      [1, 0.6, 0.6],
    );
  });

  it('rejects pixels that do not match the stated size', () => {
    expect(() => toSample(new Uint8ClampedArray(12), 2, 2, 2, 'rgb')).toThrow(RangeError);
  });
});

describe('labelsFromPaths', () => {
  it('labels files by their parent folder, classes sorted by name', () => {
    const result = labelsFromPaths([
      'pets/dogs/1.png',
      'pets/cats/2.png',
      'pets/dogs/3.png',
      'pets/cats/4.jpg',
    ]);
    expect(result?.classes).toEqual(['cats', 'dogs']);
    expect([...(result?.labels ?? [])]).toEqual([1, 0, 1, 0]);
  });

  it('sorts numbered folders in numeric order and reads Windows separators', () => {
    const result = labelsFromPaths(['10\\a.png', '2\\b.png', 'digits/1/c.png']);
    expect(result?.classes).toEqual(['1', '2', '10']);
    expect([...(result?.labels ?? [])]).toEqual([2, 1, 0]);
  });

  it('gives null when there are fewer than two folders', () => {
    expect(labelsFromPaths(['cats/1.png', 'cats/2.png'])).toBeNull();
    expect(labelsFromPaths(['1.png', '2.png'])).toBeNull();
    expect(labelsFromPaths([])).toBeNull();
  });

  it('puts files without a folder in a class of their own', () => {
    expect(labelsFromPaths(['cats/1.png', '2.png'])?.classes).toEqual(['(no folder)', 'cats']);
  });
});

describe('image file checks', () => {
  const file = (name: string, type: string, size = 1000) => ({ name, type, size });
  const inWords = (problem: Phrase | null) => (problem ? phraseText(problem) : null);

  it('accepts PNG and JPEG by MIME type, or by extension when there is no type', () => {
    expect(inWords(checkImageFile(file('a.png', 'image/png')))).toBeNull();
    expect(inWords(checkImageFile(file('a', 'image/jpeg')))).toBeNull();
    expect(inWords(checkImageFile(file('photo.JPG', '')))).toBeNull();
    expect(inWords(checkImageFile(file('photo.jpeg', 'application/octet-stream')))).toBeNull();
  });

  it('names the file and its type when it is not a PNG or JPEG', () => {
    expect(inWords(checkImageFile(file('cat.gif', 'image/gif')))).toBe(
      '“cat.gif” is not a PNG or JPEG image (its type is image/gif).',
    );
    expect(inWords(checkImageFile(file('notes', '')))).toBe(
      '“notes” is not a PNG or JPEG image (its type is unknown).',
    );
  });

  it('rejects empty and oversized files', () => {
    expect(inWords(checkImageFile(file('a.png', 'image/png', 0)))).toBe('“a.png” is empty.');
    expect(inWords(checkImageFile(file('a.png', 'image/png', MAX_IMAGE_BYTES)))).toBeNull();
    expect(inWords(checkImageFile(file('big.png', 'image/png', 25.5 * 1024 * 1024)))).toBe(
      '“big.png” is 25.5 MB; at most 20 MB per image is supported.',
    );
  });

  it('checks decoded dimensions', () => {
    expect(inWords(checkImageDimensions('a.png', 7000, 7000))).toBeNull();
    expect(inWords(checkImageDimensions('huge.png', 10_000, 8_000))).toBe(
      '“huge.png” is 10,000×8,000 pixels (80.0 megapixels); at most 50 megapixels are supported.',
    );
    expect(inWords(checkImageDimensions('none.png', 0, 10))).toBe('“none.png” has no pixels (0×10).');
  });
});
