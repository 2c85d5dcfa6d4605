import { describe, expect, it } from 'vitest';
import { sharedSourceStart } from '../../src/views/present/slide-sources';

const TALK = 'JPCERT/CC (Koichiro Sparky Komiyama), "Enhancing national cybersecurity frameworks", ITU-T SG17 workshop';

describe('the shared start of a slide’s sources', () => {
  it('is the whole parts every source starts with, leaving each its own', () => {
    expect(sharedSourceStart([`${TALK}, slide "Japan"`, `${TALK}, slide "case of US"`])).toBe(TALK);
  });

  it('is empty for one source, a missing one, a short start, or sources that differ', () => {
    expect(sharedSourceStart([`${TALK}, slide "Japan"`])).toBe('');
    expect(sharedSourceStart([`${TALK}, slide "Japan"`, undefined])).toBe('');
    expect(sharedSourceStart(['Survey 2024, table 1', 'Survey 2024, table 2'])).toBe('');
    expect(sharedSourceStart([`${TALK}, slide "Japan"`, 'Ministry report, 2023'])).toBe('');
  });

  it('stops a part short of a source that would be left with nothing of its own', () => {
    expect(sharedSourceStart([TALK, `${TALK}, slide "Japan"`])).toBe(
      'JPCERT/CC (Koichiro Sparky Komiyama), "Enhancing national cybersecurity frameworks"',
    );
  });
});
