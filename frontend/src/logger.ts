/** Severity of a log event, from the most to the least detailed. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Facts about an event. Values are plain scalars, so an object such as the credentials can never be
 * passed whole, and a field whose name suggests a secret is masked before it is written.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** One event: which component did what, how long it took and a few facts about it. */
export interface LogEvent {
  level: LogLevel;
  component: string;
  action: string;
  durationMs?: number;
  fields?: LogFields;
}

/** Destination of the events: the console by default, a list in tests. */
export type LogSink = (level: LogLevel, line: string, fields: LogFields) => void;

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

const SECRET_NAME = /token|secret|code|verifier|credential|password|authorization|state/i;

const MASK = '[hidden]';

const consoleSink: LogSink = (level, line, fields) => {
  const write =
    level === 'debug'
      ? console.debug
      : level === 'info'
        ? console.info
        : level === 'warn'
          ? console.warn
          : console.error;
  if (Object.keys(fields).length === 0) {
    write(line);
  } else {
    write(line, fields);
  }
};

let minimumLevel: LogLevel = parseLevel(import.meta.env.VITE_LOG_LEVEL) ?? 'info';
let sink: LogSink = consoleSink;

/** Writes one event when its level is at or above the minimum level. */
export function log(event: LogEvent): void {
  if (LEVELS.indexOf(event.level) < LEVELS.indexOf(minimumLevel)) {
    return;
  }
  const duration = event.durationMs === undefined ? '' : ` ${Math.round(event.durationMs)} ms`;
  const line = `[integrations] ${event.level.toUpperCase()} ${event.component} ${event.action}${duration}`;
  sink(event.level, line, masked(event.fields ?? {}));
}

/** A logger bound to one component, so call sites name only the action. */
export interface ComponentLogger {
  debug(action: string, fields?: LogFields): void;
  info(action: string, fields?: LogFields): void;
  warn(action: string, fields?: LogFields): void;
  error(action: string, fields?: LogFields): void;
  /** Starts timing an action; the returned function logs it with its duration when it ends. */
  time(action: string): (level: LogLevel, fields?: LogFields) => void;
}

/** Returns the logger of a component. */
export function loggerFor(component: string): ComponentLogger {
  const at = (level: LogLevel) => (action: string, fields?: LogFields) => log({ level, component, action, fields });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    time(action) {
      const started = performance.now();
      return (level, fields) => log({ level, component, action, fields, durationMs: performance.now() - started });
    },
  };
}

/**
 * Replaces where events go (the console when `target` is undefined) and the minimum level, for
 * tests; returns a function that restores both.
 */
export function redirectLogs(target: LogSink | undefined, level: LogLevel = 'debug'): () => void {
  const previous = { sink, minimumLevel };
  sink = target ?? consoleSink;
  minimumLevel = level;
  return () => {
    sink = previous.sink;
    minimumLevel = previous.minimumLevel;
  };
}

function masked(fields: LogFields): LogFields {
  const result: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) {
      result[name] = SECRET_NAME.test(name) ? MASK : value;
    }
  }
  return result;
}

function parseLevel(value: unknown): LogLevel | undefined {
  return LEVELS.find((level) => level === value);
}
