import { CoreSchema1764340000000 } from './1764340000000-CoreSchema.js';
import { SignInSupport1764400000000 } from './1764400000000-SignInSupport.js';
import { IngestDefaults1764500000000 } from './1764500000000-IngestDefaults.js';

/** Every migration, in order. Listed explicitly so one list serves tsc output, ts-jest and the CLI. */
export const MIGRATIONS = [CoreSchema1764340000000, SignInSupport1764400000000, IngestDefaults1764500000000];
