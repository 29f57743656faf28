import { describe, expect, it } from 'vitest';
import { userErrorMessage } from './user-errors';

describe('userErrorMessage', () => {
  it('says "Name" and the limit in plain words', () => {
    expect(userErrorMessage('displayName must be shorter than or equal to 120 characters')).toBe(
      'Name can be at most 120 characters long.',
    );
  });

  it('labels every field once and leaves other refusals as they are', () => {
    expect(
      userErrorMessage(
        'email must be an email address; displayName must be longer than or equal to 1 characters; email must be an email address',
      ),
    ).toBe('Email must be an e-mail address. Name cannot be empty.');
    expect(userErrorMessage('A user with this email already exists')).toBe('A user with this email already exists');
  });
});
