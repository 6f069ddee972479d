import { afterEach, describe, expect, it, vi } from 'vitest';

import { log, loggerFor, redirectLogs, type LogFields, type LogLevel } from './logger';

interface Written {
  level: LogLevel;
  line: string;
  fields: LogFields;
}

function capture(level: LogLevel = 'debug'): Written[] {
  const written: Written[] = [];
  restore = redirectLogs((at, line, fields) => written.push({ level: at, line, fields }), level);
  return written;
}

let restore: () => void = () => undefined;

describe('logger', () => {
  afterEach(() => {
    restore();
  });

  it('writes level, component and action', () => {
    const written = capture();

    loggerFor('DataPanel').info('load', { provider: 'notion', items: 123 });

    expect(written).toEqual([
      { level: 'info', line: '[integrations] INFO DataPanel load', fields: { provider: 'notion', items: 123 } },
    ]);
  });

  it('timed actions carry their duration', () => {
    const written = capture();
    const now = vi.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(1250.4);

    const finished = loggerFor('ConnectButton').time('connect');
    finished('info', { outcome: 'connected' });

    expect(written[0]!.line).toBe('[integrations] INFO ConnectButton connect 250 ms');
    expect(now).toHaveBeenCalledTimes(2);
  });

  it('masks fields named like secrets', () => {
    const written = capture();

    log({
      level: 'warn',
      component: 'api',
      action: 'request',
      fields: { access_token: 'A1', refresh_token: 'R1', code: 'C1', state: 'S1', credentials: 'x', path: '/p' },
    });

    expect(written[0]!.fields).toEqual({
      access_token: '[hidden]',
      refresh_token: '[hidden]',
      code: '[hidden]',
      state: '[hidden]',
      credentials: '[hidden]',
      path: '/p',
    });
  });

  it('drops events below the level', () => {
    const written = capture('warn');

    loggerFor('api').debug('request');
    loggerFor('api').info('request');
    loggerFor('api').error('request');

    expect(written.map((event) => event.level)).toEqual(['error']);
  });

  it('goes to the matching console method', () => {
    restore = redirectLogs(undefined, 'debug');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);

    loggerFor('api').warn('request', { status: 502 });
    loggerFor('api').info('ready');

    expect(warn).toHaveBeenCalledWith('[integrations] WARN api request', { status: 502 });
    expect(info).toHaveBeenCalledWith('[integrations] INFO api ready');
  });
});
