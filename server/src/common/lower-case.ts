import type { TransformFnParams } from 'class-transformer';

/** For query words compared in lower case: `?assignee=ME` means `me`. User ids compare in lower case too. */
export function lowerCase({ value }: TransformFnParams): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}
