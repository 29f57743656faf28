import type { CreatedUser, CreateUserRequest } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { sendJson } from '../../../lib/api-client';
import { userKeys } from './users-keys';

export const createUser = (input: CreateUserRequest) => sendJson<CreatedUser>('POST', '/users', input);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
