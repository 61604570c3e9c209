/** The member scripts/seed-large.ts makes: follows 200 people, is in 20 clubs. */
export const LARGE_SEED_VIEWER = "large_1";
