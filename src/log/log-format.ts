// Which shape the log lines take: short readable lines for a person at a terminal, one JSON
// object a line for anything reading the output (a file, a pipe, a log collector).
export type LogFormat = 'json' | 'pretty';

export const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

/** The format asked for (--log-format, VPP_LOG_FORMAT) wins; otherwise pretty only on a terminal. */
export function chooseLogFormat(asked: LogFormat | undefined, stdoutIsTerminal: boolean): LogFormat {
  return asked ?? (stdoutIsTerminal ? 'pretty' : 'json');
}
