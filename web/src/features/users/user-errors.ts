/** The longest name and e-mail address the server's CreateUserDto takes. */
export const USER_LIMITS = { displayNameMax: 120, emailMax: 254 } as const;

/** The API's field names as the form labels them. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  displayName: 'Name',
  email: 'Email',
  role: 'Role',
  password: 'Password',
};

/**
 * A refusal from the users API in the words of the form: class-validator names the API's fields
 * ("displayName must be shorter than or equal to 120 characters"); people see "Name" and the limit.
 */
export function userErrorMessage(message: string): string {
  const parts = message.split('; ').map((part) => {
    const [, field = '', rest = part] = /^(\w+) (.*)$/.exec(part) ?? [];
    const label = FIELD_LABELS[field];
    if (!label) return part;
    const longest = /^must be shorter than or equal to (\d+) characters$/.exec(rest);
    if (longest) return `${label} can be at most ${longest[1]} characters long.`;
    if (/^must be longer than or equal to 1 characters$/.test(rest)) return `${label} cannot be empty.`;
    if (/^must be an email address$/.test(rest)) return `${label} must be an e-mail address.`;
    return `${label} ${rest}`;
  });
  return [...new Set(parts)].join(' ');
}
