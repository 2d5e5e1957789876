/** Command line of `npm run bench:ui`. */

export const ALL_PAGES = ['/', '/linear-regression/', '/loss-surfaces/', '/gradient-descent/'] as const;

export interface Options {
  readonly pages: readonly string[];
  /** Only this widget's controls (its section id). */
  readonly widget: string | null;
  /** Fewer moves and presses, one control per widget. */
  readonly quick: boolean;
  readonly load: boolean;
  readonly drag: boolean;
  readonly out: string | null;
  /** Cold throttled loads per page; timings are their medians. */
  readonly loads: number;
}

const USAGE = 'usage: npm run bench:ui -- [--page /loss-surfaces/] [--widget explorer] [--quick] [--no-load] [--no-drag] [--loads 3] [--out file.json]';

function normalizePage(p: string): string {
  const withLead = p.startsWith('/') ? p : `/${p}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export function parseArgs(argv: readonly string[]): Options {
  const pages: string[] = [];
  let widget: string | null = null;
  let quick = false;
  let load = true;
  let drag = true;
  let out: string | null = null;
  let loads = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--page') pages.push(normalizePage(value()));
    else if (a === '--widget') widget = value();
    else if (a === '--quick') quick = true;
    else if (a === '--no-load') load = false;
    else if (a === '--no-drag') drag = false;
    else if (a === '--out') out = value();
    else if (a === '--loads') {
      loads = Number(value());
      if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads takes a whole number ≥ 1, got ${argv[i]}\n${USAGE}`);
    }
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return { pages: pages.length > 0 ? pages : [...ALL_PAGES], widget, quick, load, drag, out, loads: quick ? 1 : loads };
}
