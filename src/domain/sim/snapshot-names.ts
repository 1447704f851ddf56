// Names of snapshots of the simulated world.

/** The world as loaded at start; reset restores it. */
export const WORLD_SNAPSHOT = 'world';

/** Letters, digits, dot, dash and underscore, 1–64 characters. */
export const SNAPSHOT_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';
