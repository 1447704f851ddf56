/** How vpp runs: `test` (the simulation controls and test shortcuts) or `production` (as the real platform). */
export type Mode = 'production' | 'test';
