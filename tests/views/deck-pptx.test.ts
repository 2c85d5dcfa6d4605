import { describe, expect, it } from 'vitest';
import { captionLayout, fitPicture, utf8ToBase64 } from '../../src/views/present/deck-pptx';

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

describe('captionLayout', () => {
  const W = 12.533;
  it('keeps a one-line caption in the half-inch box at 16 pt', () => {
    expect(captionLayout('Rows as each country scored them (not rolled up).', W)).toEqual({ h: 0.5, fontSize: 16 });
  });

  it('gives a long caption the lines it needs, smaller type only past 1.6 in', () => {
    const key =
      'A Strategic management of CDC · B Real-time analysis · C Deep analysis · D Incident response · '.repeat(2);
    const notes =
      'Flows drawn: Japan 39, Singapore 33. Cells blank or 0 (not involved), which draw nothing: Japan 51. ';
    const three = captionLayout(`${key}\n${notes}`, W);
    // Two paragraphs of three lines or more at 16 pt: taller than the fixed box that let them run over the sources.
    expect(three.fontSize).toBe(16);
    expect(three.h).toBeGreaterThanOrEqual((3 * 16 * 1.25) / 72 + 0.1);
    expect(three.h).toBeLessThanOrEqual(1.6);
    const long = captionLayout(`${key}${key}\n${notes}${notes}`, W);
    expect(long.fontSize).toBeLessThan(16);
    expect(long.h).toBeLessThanOrEqual(1.6);
  });
});
