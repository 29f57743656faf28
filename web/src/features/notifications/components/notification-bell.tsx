import type { NotificationView } from '@ou-listening/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-read';
import { BellIcon } from './bell-icon';
import { Button } from '../../../components/ui/button';

/** One entry per notice, whatever the server sends twice (an id seen already is dropped). */
const unique = (items: NotificationView[]) => items.filter((n, i) => items.findIndex((o) => o.id === n.id) === i);

/** Escalations and alerts waiting for this person; also where they live when no SMTP is configured. */
export function NotificationBell() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname, search } = useLocation();
  const items = unique(notifications.data ?? []);
  const unread = items.filter((n) => !n.read);

  // Closes when the page changes (a link in it, or anywhere else) and on Escape, focus back on the bell.
  useEffect(() => setOpen(false), [pathname, search]);
  useEffect(() => {
    if (!open) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [open]);

  const handleToggle = () => {
    setOpen(!open);
    if (!open && unread.length > 0) markRead.mutate(unread.map((n) => n.id));
  };

  return (
    <div className="bell">
      <Button
        ref={button}
        variant="on-dark"
        aria-expanded={open}
        aria-label={`Notifications: ${unread.length} unread`}
        onClick={handleToggle}
      >
        <BellIcon />
        {unread.length > 0 && <span className="bell__count">{unread.length}</span>}
      </Button>
      {open && (
        <div className="bell__panel" role="region" aria-label="Notifications">
          {items.length === 0 ? (
            <p className="empty">Nothing needs you.</p>
          ) : (
            <ul>
              {items.map((n) => (
                <li key={n.id} className={n.read ? undefined : 'bell__unread'}>
                  <Link to={n.link}>{n.subject}</Link>
                  <div className="muted">
                    <time dateTime={n.createdAt}>{formatUkTime(n.createdAt, { date: 'short' })}</time>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
