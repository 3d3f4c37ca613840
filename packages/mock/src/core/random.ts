// A seeded pseudo-random generator (mulberry32): the same seed always gives the same ids, fixtures and
// timelines.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` characters of [A-Za-z0-9]. */
  token(count: number): string;
  /** Where the sequence is now: `seek` to it to go on from here (a restarted server's state file). */
  position(): number;
  /** Goes on from a `position`, as if every number before it had been drawn here. */
  seek(position: number): void;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    token(count) {
      let out = '';
      for (let i = 0; i < count; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
      return out;
    },
    position: () => state,
    seek(position) {
      state = position >>> 0;
    },
  };
  return random;
}
