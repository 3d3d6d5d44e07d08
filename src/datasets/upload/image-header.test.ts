import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image-header';

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment of 16 bytes, then SOF0 with precision, height, width.
  const bytes = new Uint8Array(2 + 18 + 11);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
  bytes.set([0xff, 0xc0, 0x00, 0x11, 0x08], 20);
  const view = new DataView(bytes.buffer);
  view.setUint16(25, height);
  view.setUint16(27, width);
  return bytes;
}

describe('readImageHeader', () => {
  it('reads the size of a PNG', () => {
    expect(readImageHeader(png(640, 480))).toEqual({ format: 'png', width: 640, height: 480 });
  });

  it('reads the size of a JPEG past its APP segments', () => {
    expect(readImageHeader(jpeg(1920, 1080))).toEqual({ format: 'jpeg', width: 1920, height: 1080 });
  });

  it('knows no other format', () => {
    expect(readImageHeader(new TextEncoder().encode('GIF89a......'))).toBeNull();
    expect(readImageHeader(new Uint8Array([0x42, 0x4d, 0, 0]))).toBeNull();
    expect(readImageHeader(png(1, 1).slice(0, 12))).toBeNull();
  });
});
