import { describe, expect, it } from 'vitest';
import { stampSeen } from './stamp-seen';
import { doc, live, LOCK_1, para, text, fixtureSource } from './testing/fixture-report';

describe('stampSeen', () => {
  it('records the value and snapshot each live value shows, and nothing for one that has none', () => {
    const d = doc(para(text('生师比'), live('ssb', 'standard'), live('gone')));
    const out = stampSeen(d, fixtureSource(LOCK_1));
    expect(out.content?.[0]?.content?.[1]?.attrs).toEqual({
      indicatorId: 'ssb',
      phrase: 'standard',
      seen: { value: 17.24, snapshot: LOCK_1.id },
    });
    expect(out.content?.[0]?.content?.[2]?.attrs).toMatchObject({ indicatorId: 'gone', seen: null });
    expect(out.content?.[0]?.content?.[0]).toEqual(text('生师比'));
  });
});
