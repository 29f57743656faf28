import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '@ou-listening/shared';
import { DomainError } from '../common/domain-error.js';
import { UsersService } from '../users/users.service.js';
import { runCli } from './cli-app.js';

const USAGE = `Usage:
  npm run user -- create --email E --role ${ROLES.join('|')} [--name N] [--password P]
  npm run user -- disable --email E
  npm run user -- reset-password E`;

const OPERATOR = { id: null, email: 'cli' };

void runCli(async (app) => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const [command] = positionals;
  const users = app.get(UsersService);
  try {
    if (command === 'create') {
      if (!values.email || !values.role) return usage('create needs --email and --role');
      if (!isRole(values.role)) return usage(`--role must be one of ${ROLES.join(', ')}`);
      const { user, generatedPassword } = await users.create(OPERATOR, {
        email: values.email,
        role: values.role,
        displayName: values.name ?? values.email.split('@')[0] ?? values.email,
        password: values.password,
      });
      console.log(`Created ${user.role} ${user.email} (${user.id})`);
      if (generatedPassword) console.log(`Password (shown once): ${generatedPassword}`);
      return 0;
    }
    if (command === 'disable') {
      if (!values.email) return usage('disable needs --email');
      const user = await users.disableByEmail(OPERATOR, values.email);
      console.log(`Disabled ${user.email}; their sessions have ended`);
      return 0;
    }
    if (command === 'reset-password') {
      const email = positionals[1] ?? values.email;
      if (!email) return usage('reset-password needs the email');
      const { user, generatedPassword } = await users.resetPasswordByEmail(OPERATOR, email);
      console.log(`Reset the password of ${user.email}; their sessions have ended`);
      console.log(`Password (shown once): ${generatedPassword}`);
      console.log('They must change it at their next sign-in.');
      return 0;
    }
    return usage(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
});

function usage(problem: string): number {
  console.error(`Error: ${problem}\n${USAGE}`);
  return 64; // EX_USAGE
}
