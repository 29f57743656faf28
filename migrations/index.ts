import { CoreSchema1764340000000 } from './1764340000000-CoreSchema.js';

/** Every migration, in order. Listed explicitly so one list serves tsc output, ts-jest and the CLI. */
export const MIGRATIONS = [CoreSchema1764340000000];
