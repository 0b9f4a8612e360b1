/**
 * V8 tuning for command-line runs. V8 compiles a function with its optimising compiler once the
 * function has used up an "interrupt budget" of bytecode; each worker thread compiles the same code
 * again for itself, on background threads that compete with the workers for the cores. A budget of
 * 1,000,000 (V8's default is 67,584) leaves only the really hot functions to the optimiser, so two
 * workers spend less of the machine compiling: over the 575 ECB+ train articles on a 2-core machine,
 * three cold runs each, two workers took 4.6–5.6 s instead of 6.3–6.7 s, one worker 6.5–8.2 s
 * instead of 6.7–7.4 s. `npm run bench` times the pools under both budgets. A library import leaves
 * V8 alone: only the command sets this.
 */
import v8 from 'node:v8';

export const INTERRUPT_BUDGET = 1_000_000;

/** Sets the budget for this process and the worker threads it starts, unless the command line set one. */
export function tuneV8ForRuns(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((a) => /^--interrupt[-_]budget\b/.test(a))) return false;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
