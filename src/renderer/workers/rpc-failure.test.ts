import { describe, expect, it } from 'vitest';
import { err, ok } from '../../shared/result';
import { refusal, replyOutcome, thrownReply, timeoutRefusal } from './rpc-failure';
import { TEST_TEXTS } from './testing/rpc-test-protocol';

describe('failures across the Worker boundary', () => {
  it('a handler that throws something other than an Error is answered with its text', () => {
    expect(thrownReply(3, 'not an error')).toEqual({
      rpc: 'thrown',
      id: 3,
      name: 'Error',
      message: 'not an error',
    });
    expect(thrownReply(4, new RangeError('too big'))).toEqual({
      rpc: 'thrown',
      id: 4,
      name: 'RangeError',
      message: 'too big',
    });
  });

  it('the page reads an answer as a Result, a thrown one keeping its name', () => {
    expect(replyOutcome({ rpc: 'ok', id: 1, value: 7 })).toEqual(ok(7));
    expect(replyOutcome({ rpc: 'thrown', id: 1, name: 'TypeError', message: 'boom' })).toEqual(
      err('thrown', 'boom', { name: 'TypeError' }),
    );
  });

  it('refusals carry the feature’s Chinese text, a timeout in whole seconds', () => {
    expect(refusal(TEST_TEXTS, 'crashed')).toEqual(err('crashed', '处理进程异常退出。'));
    expect(refusal(TEST_TEXTS, 'closed')).toEqual(err('closed', '已取消。'));
    expect(timeoutRefusal(TEST_TEXTS, 29_600)).toEqual(err('timeout', '超过 30 秒，已中止。'));
  });
});
