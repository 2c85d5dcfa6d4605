import { describe, expect, it } from 'vitest';
import { fitPicture, utf8ToBase64 } from '../../src/views/present/deck-pptx';

describe('fitPicture', () => {
  const area = { x: 0.4, y: 1, w: 12, h: 6 };
  it('fills the width of a wide picture and centres it vertically', () => {
    expect(fitPicture(1200, 300, area)).toEqual({ x: 0.4, y: 2.5, w: 12, h: 3 });
  });
  it('fills the height of a tall picture and centres it horizontally', () => {
    expect(fitPicture(300, 600, area)).toEqual({ x: 4.9, y: 1, w: 3, h: 6 });
  });
  it('keeps the area for a picture with no size', () => {
    expect(fitPicture(0, 100, area)).toEqual(area);
  });
});

describe('utf8ToBase64', () => {
  it('encodes Japanese as UTF-8 bytes', () => {
    expect(utf8ToBase64('日本')).toBe(Buffer.from('日本', 'utf8').toString('base64'));
  });
  it('encodes text longer than one chunk', () => {
    const long = 'x1060 日本 '.repeat(20_000);
    expect(utf8ToBase64(long)).toBe(Buffer.from(long, 'utf8').toString('base64'));
  });
});
