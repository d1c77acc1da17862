/**
 * Property tests draw their cases from one fixed seed, so a CI run is repeatable and a failure can be
 * replayed; FUZZ_SEED picks another (nightly and local hunts pass their own, with FUZZ_RUNS).
 */
import fc from 'fast-check';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261130);

fc.configureGlobal({ seed: FUZZ_SEED });
