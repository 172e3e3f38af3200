import type { seedStatements } from './seed';

/**
 * Every field and value of the wire the product relies on, and where it comes from: stated by the
 * seed (quoted from `seed.ts`), or inferred — then why, what a citizen or a clerk would see if it
 * were wrong, how the product holds up (discovered, tolerated, configured), and whether
 * `npm run tatodesk:check` proves it on a real account. `other` says what the other simulator
 * (`TATODESK_SIM_VARIANT=other`) does with it: a choice it makes otherwise, against which the
 * product is tested, or the same, where a difference would be a correction of the contract.
 * Rendered into docs/tatodesk-contract.md.
 */
export type Assumption = {
  what: string;
  /** The seed's sentence, when the seed states it. */
  stated?: keyof typeof seedStatements;
  /** Inferred: why we believe it, and what a person would see if it were wrong. */
  why?: string;
  ifWrong?: string;
  /** How the product holds up: discovered from the API, tolerated either way, or set by configuration. */
  holds?: string;
  /** What `npm run tatodesk:check` does to prove it; absent when no read can. */
  check?: string;
  other: 'otherwise' | 'same';
};
