/** Every TypeORM entity. Each feature adds its entities here as it lands. */
export const ENTITIES: Function[] = [];
