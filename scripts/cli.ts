/** Runs a command-line script so that a problem ends it with one readable line, never a stack trace. */
export async function runCli(usage: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path;
    if (code === 'ENOENT' && path) console.error(`error: ${path}: no such file`);
    else if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      console.error(`error: ${(error as Error).message}\n${usage}`);
    } else console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
