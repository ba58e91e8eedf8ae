/** Structured JSON logs, one line per event. LOG_LEVEL: debug, info, warn, error or silent. */
const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof levels, 'silent'>;

export type Logger = Record<Level, (message: string, fields?: Record<string, unknown>) => void> & {
  child(fields: Record<string, unknown>): Logger;
};

export function createLogger(
  service: string,
  level = (process.env.LOG_LEVEL ?? 'info') as keyof typeof levels,
  base: Record<string, unknown> = {},
): Logger {
  const threshold = levels[level] ?? levels.info;
  const write = (lvl: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (levels[lvl] < threshold) return;
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level: lvl,
      service,
      message,
      ...base,
      ...fields,
    });
    (lvl === 'error' || lvl === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => createLogger(service, level, { ...base, ...fields }),
  };
}
