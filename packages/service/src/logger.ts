import { pino, stdSerializers, stdTimeFunctions, type DestinationStream } from 'pino';

/** Structured JSON logs (pino), one line per event. LOG_LEVEL: debug, info, warn, error or silent. */
const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
type LevelOrSilent = (typeof levels)[number];
type Level = Exclude<LevelOrSilent, 'silent'>;

export type Logger = Record<Level, (message: string, fields?: Record<string, unknown>) => void> & {
  child(fields: Record<string, unknown>): Logger;
};

/**
 * Fields never written as they are, wherever they sit in what is logged (such as
 * `variables.input.items[0].instructions`): secrets (tokens, passwords, the internal
 * credential) and health data (what a prescription says, how to reach a patient). Matched by
 * name, ignoring case.
 */
const REDACTED_FIELDS = [
  'authorization',
  'cookie',
  'x-internal-credential',
  'credential',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'imageBase64',
  'prescriberName',
  'prescriberLicense',
  'prescriber',
  'instructions',
  'phone',
  'address',
  'deliveryAddress',
];
const redacted = new Set(REDACTED_FIELDS.map((field) => field.toLowerCase()));

/**
 * A copy of `value` with every redacted field censored. pino's own `redact` takes paths, and
 * matching a field at any depth needs a wildcard path per depth, which costs about 100 µs per
 * line (measured); one walk over what is logged costs next to nothing. Errors, dates and other
 * instances are left as they are, for their serializers.
 */
function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      redacted.has(key.toLowerCase()) ? '[redacted]' : redact(item, depth + 1),
    ]),
  );
}

/** The header that carries a request's id from the gateway to every subgraph, for the logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Set by the gateway on its calls to subgraphs: a fresh id for each client operation (and each
 * subscription event), never taken from the client, so that a subgraph can count something once
 * per operation across the several calls the gateway's plan makes (the prescription access log).
 */
export const OPERATION_ID_HEADER = 'x-operation-id';

/** A request id as received, when it is one we are willing to write into logs and headers. */
export function wellFormedRequestId(value: string | string[] | undefined): string | undefined {
  const id = Array.isArray(value) ? value[0] : value;
  return id && /^[\w.:-]{1,128}$/.test(id) ? id : undefined;
}

function wrap(log: pino.Logger): Logger {
  const write = (level: Level) => (message: string, fields?: Record<string, unknown>) =>
    log[level](fields ?? {}, message);
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => wrap(log.child(redact(fields) as Record<string, unknown>)),
  };
}

/**
 * A logger for `service`. Warnings and errors go to stderr, the rest to stdout (`npm start`
 * shows stderr), unless `destination` is given. An `error` field holding an Error is written
 * with its type, message and stack.
 */
export function createLogger(
  service: string,
  level: LevelOrSilent = (process.env.LOG_LEVEL ?? 'info') as LevelOrSilent,
  base: Record<string, unknown> = {},
  destination?: DestinationStream,
): Logger {
  const stream =
    destination ??
    pino.multistream(
      [
        { level: 'debug', stream: process.stdout },
        { level: 'warn', stream: process.stderr },
      ],
      { dedupe: true },
    );
  const log = pino(
    {
      level: levels.includes(level) ? level : 'info',
      base: redact({ service, ...base }) as Record<string, unknown>,
      messageKey: 'message',
      timestamp: stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => redact(fields) as Record<string, unknown>,
      },
      serializers: { error: stdSerializers.err, err: stdSerializers.err },
    },
    stream,
  );
  return wrap(log);
}
