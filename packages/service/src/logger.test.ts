import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, wellFormedRequestId } from './logger';

/** A logger writing into an array of parsed lines. */
function capture(level: Parameters<typeof createLogger>[1] = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger('test-service', level, { replica: 1 }, stream) };
}

describe('createLogger', () => {
  it('writes one JSON line per event with time, level, service, message and fields', () => {
    const { lines, log } = capture();
    log.info('order placed', { orderId: 'o-1' });
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        service: 'test-service',
        replica: 1,
        orderId: 'o-1',
        message: 'order placed',
      },
    ]);
  });

  it('writes nothing below its level, and nothing at all when silent', () => {
    const warnOnly = capture('warn');
    warnOnly.log.info('hidden');
    warnOnly.log.warn('shown');
    expect(warnOnly.lines.map((l) => l.message)).toEqual(['shown']);
    const silent = capture('silent');
    silent.log.error('hidden');
    expect(silent.lines).toEqual([]);
  });

  it('redacts tokens, passwords and health data, also nested and in child fields', () => {
    const { lines, log } = capture();
    log.child({ requestId: 'r-1', authorization: 'Bearer secret' }).info('request', {
      password: 'hunter2 hunter2',
      headers: { authorization: 'Bearer abc', 'x-internal-credential': 'jwt' },
      variables: {
        input: { accessToken: 'a', refreshToken: 'r', imageBase64: 'iVBOR' },
        prescription: { prescriberName: 'Dr Who', items: [{ instructions: 'twice daily' }] },
      },
      user: { phone: '+49 30 1234', address: 'Torstraße 1' },
      connectionParams: { Authorization: 'Bearer xyz' },
      orderId: 'kept',
      at: new Date('2030-01-01T00:00:00Z'),
    });
    const [line] = lines;
    const text = JSON.stringify(line);
    for (const secret of [
      'secret',
      'hunter2',
      'abc',
      'xyz',
      'jwt',
      'iVBOR',
      'Dr Who',
      'twice',
      '1234',
    ])
      expect(text).not.toContain(secret);
    expect(line).toMatchObject({
      requestId: 'r-1',
      authorization: '[redacted]',
      password: '[redacted]',
      headers: { authorization: '[redacted]', 'x-internal-credential': '[redacted]' },
      user: { phone: '[redacted]', address: '[redacted]' },
      orderId: 'kept',
      at: '2030-01-01T00:00:00.000Z',
    });
  });

  it('keeps the stack of an error', () => {
    const { lines, log } = capture();
    const error = new TypeError('cannot read stock');
    log.error('unexpected error', { error });
    expect(lines[0]).toMatchObject({
      level: 'error',
      error: { type: 'TypeError', message: 'cannot read stock', stack: error.stack },
    });
    expect(String((lines[0]!.error as { stack: string }).stack)).toMatch(/logger\.test\.ts/);
  });
});

describe('wellFormedRequestId', () => {
  it('accepts ids made of safe characters, and nothing else', () => {
    expect(wellFormedRequestId('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBeDefined();
    expect(wellFormedRequestId(['req-1', 'req-2'])).toBe('req-1');
    expect(wellFormedRequestId(undefined)).toBeUndefined();
    expect(wellFormedRequestId('')).toBeUndefined();
    expect(wellFormedRequestId('a\nforged log line')).toBeUndefined();
    expect(wellFormedRequestId('x'.repeat(129))).toBeUndefined();
  });
});
