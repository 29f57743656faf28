import { type FormEvent, useState } from 'react';

/**
 * A form around one required text (a reason, a note): submitting does nothing until the text is more
 * than spaces, and `send` gets it trimmed, with `clear` to empty the field once the server has it.
 */
export function useRequiredText(send: (text: string, clear: () => void) => void) {
  const [text, setText] = useState('');
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed) send(trimmed, () => setText(''));
  };
  return { text, setText, handleSubmit };
}
